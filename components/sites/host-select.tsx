"use client";

import { useState } from "react";
import { Field, Select } from "@/components/ui/field";
import type { HostOptions } from "@/lib/sites/queries";
import { ORG_LEVEL_LABELS } from "@/lib/labels";

/** The hosting party organisation, chosen in two steps (enterprise, then its organisation) so phones get short lists. */
export function HostSelect({
  options,
  defaultOrgId,
  error,
}: {
  options: HostOptions;
  defaultOrgId: number | null;
  error?: string[];
}) {
  const defaultEnterprise =
    options.orgs.find((org) => org.id === defaultOrgId)?.enterpriseId ?? options.enterprises[0]?.id;
  const [enterpriseId, setEnterpriseId] = useState<number | undefined>(defaultEnterprise);
  const [orgId, setOrgId] = useState<string>(defaultOrgId ? String(defaultOrgId) : "");
  const orgs = options.orgs.filter((org) => org.enterpriseId === enterpriseId);

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field id="site-enterprise" label="所属企业" required>
        {(control) => (
          <Select
            {...control}
            value={enterpriseId ?? ""}
            onChange={(event) => {
              setEnterpriseId(Number(event.target.value));
              setOrgId("");
            }}
          >
            {options.enterprises.map((enterprise) => (
              <option key={enterprise.id} value={enterprise.id}>
                {enterprise.shortName}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="site-partyOrganizationId" label="党组织" required error={error}>
        {(control) => (
          <Select
            {...control}
            name="partyOrganizationId"
            value={orgId}
            onChange={(event) => setOrgId(event.target.value)}
          >
            <option value="">请选择党组织</option>
            {orgs.map((org) => (
              <option key={org.id} value={org.id}>
                {org.name}（{ORG_LEVEL_LABELS[org.level]}）{org.isActive ? "" : "［已停用］"}
              </option>
            ))}
          </Select>
        )}
      </Field>
    </div>
  );
}
