import { describe, expect, it } from "vitest";
import {
  EMPTY_PAYLOAD_HASH,
  amzDates,
  authorization,
  canonicalRequest,
  encodePath,
  sha256Hex,
  signingKey,
  stringToSign,
} from "@/lib/files/s3/sigv4";

// Expected values are those published by AWS: the SigV4 test suite (get-vanilla and
// get-vanilla-query-order-key-case, credentials AKIDEXAMPLE), the signing-key derivation example,
// and the S3 "Authenticating Requests (AWS Signature Version 4)" examples (GET Object with a
// Range, PUT Object with a storage class), credentials AKIAIOSFODNN7EXAMPLE.
const SUITE = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
const SUITE_SCOPE = { region: "us-east-1", service: "service" };
const SUITE_NOW = new Date("2015-08-30T12:36:00Z");

const S3 = { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" };
const S3_SCOPE = { region: "us-east-1", service: "s3" };
const S3_NOW = new Date("2013-05-24T00:00:00Z");

describe("AWS SigV4 test suite", () => {
  const getVanilla = {
    method: "GET",
    host: "example.amazonaws.com",
    encodedPath: "/",
    headers: { "X-Amz-Date": "20150830T123600Z" },
    payloadHash: EMPTY_PAYLOAD_HASH,
  };

  it("get-vanilla: canonical request", () => {
    expect(canonicalRequest(getVanilla).canonical).toBe(
      [
        "GET",
        "/",
        "",
        "host:example.amazonaws.com",
        "x-amz-date:20150830T123600Z",
        "",
        "host;x-amz-date",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      ].join("\n"),
    );
  });

  it("get-vanilla: string to sign", () => {
    const { canonical } = canonicalRequest(getVanilla);
    expect(stringToSign("20150830T123600Z", SUITE_SCOPE, canonical)).toBe(
      [
        "AWS4-HMAC-SHA256",
        "20150830T123600Z",
        "20150830/us-east-1/service/aws4_request",
        "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63",
      ].join("\n"),
    );
  });

  it("get-vanilla: Authorization header", () => {
    expect(authorization(getVanilla, SUITE, SUITE_SCOPE, SUITE_NOW)).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, " +
        "SignedHeaders=host;x-amz-date, " +
        "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
    );
  });

  it("get-vanilla-query-order-key-case: parameters sorted by code point", () => {
    const request = { ...getVanilla, query: { Param2: "value2", Param1: "value1" } };
    expect(canonicalRequest(request).canonical.split("\n")[2]).toBe("Param1=value1&Param2=value2");
    expect(authorization(request, SUITE, SUITE_SCOPE, SUITE_NOW)).toMatch(
      /Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500$/,
    );
  });

  it("derives the documented signing key (iam, 20120215)", () => {
    expect(signingKey(SUITE.secretAccessKey, "20120215", { region: "us-east-1", service: "iam" }).toString("hex")).toBe(
      "f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d",
    );
  });
});

describe("S3 documented examples", () => {
  it("GET Object with a Range header", () => {
    const request = {
      method: "GET",
      host: "examplebucket.s3.amazonaws.com",
      encodedPath: encodePath("/test.txt"),
      headers: { Range: "bytes=0-9", "x-amz-content-sha256": EMPTY_PAYLOAD_HASH, "x-amz-date": "20130524T000000Z" },
      payloadHash: EMPTY_PAYLOAD_HASH,
    };
    const { canonical } = canonicalRequest(request);
    expect(stringToSign("20130524T000000Z", S3_SCOPE, canonical).split("\n")[3]).toBe(
      "7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972",
    );
    expect(authorization(request, S3, S3_SCOPE, S3_NOW)).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, " +
        "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, " +
        "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
    );
  });

  it("PUT Object: the key's '$' is percent-encoded and the body hash signed", () => {
    const payloadHash = sha256Hex("Welcome to Amazon S3.");
    expect(payloadHash).toBe("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072");
    const request = {
      method: "PUT",
      host: "examplebucket.s3.amazonaws.com",
      encodedPath: encodePath("/test$file.text"),
      headers: {
        Date: "Fri, 24 May 2013 00:00:00 GMT",
        "x-amz-date": "20130524T000000Z",
        "x-amz-storage-class": "REDUCED_REDUNDANCY",
        "x-amz-content-sha256": payloadHash,
      },
      payloadHash,
    };
    expect(request.encodedPath).toBe("/test%24file.text");
    expect(authorization(request, S3, S3_SCOPE, S3_NOW)).toMatch(
      /SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class, Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd$/,
    );
  });

  it("a different secret gives a different signature", () => {
    const request = {
      method: "GET",
      host: "examplebucket.s3.amazonaws.com",
      encodedPath: "/test.txt",
      headers: { "x-amz-date": "20130524T000000Z" },
      payloadHash: EMPTY_PAYLOAD_HASH,
    };
    const wrong = { ...S3, secretAccessKey: "not-the-secret" };
    expect(authorization(request, wrong, S3_SCOPE, S3_NOW)).not.toBe(authorization(request, S3, S3_SCOPE, S3_NOW));
  });
});

describe("encoding and dates", () => {
  it("encodes each path segment per RFC 3986 and keeps the slashes", () => {
    expect(encodePath("/bucket/2026/01/a b+c*(~)")).toBe("/bucket/2026/01/a%20b%2Bc%2A%28~%29");
    expect(encodePath("/中文")).toBe("/%E4%B8%AD%E6%96%87");
  });

  it("formats the x-amz-date and the date stamp in UTC", () => {
    expect(amzDates(new Date("2026-01-02T03:04:05.678Z"))).toEqual({
      amzDate: "20260102T030405Z",
      dateStamp: "20260102",
    });
  });
});
