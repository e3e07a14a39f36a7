-- CreateTable
CREATE TABLE "TourSiteBooking" (
    "id" SERIAL NOT NULL,
    "tourId" INTEGER NOT NULL,
    "stopId" INTEGER NOT NULL,
    "siteId" INTEGER NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TourSiteBooking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TourPersonBooking" (
    "id" SERIAL NOT NULL,
    "tourId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TourPersonBooking_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TourSiteBooking_stopId_key" ON "TourSiteBooking"("stopId");

-- CreateIndex
CREATE INDEX "TourSiteBooking_tourId_idx" ON "TourSiteBooking"("tourId");

-- CreateIndex
CREATE UNIQUE INDEX "TourPersonBooking_tourId_userId_key" ON "TourPersonBooking"("tourId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Tour_id_startsAt_endsAt_key" ON "Tour"("id", "startsAt", "endsAt");

-- CreateIndex
CREATE UNIQUE INDEX "TourStop_id_siteId_arriveAt_departAt_key" ON "TourStop"("id", "siteId", "arriveAt", "departAt");

-- AddForeignKey
ALTER TABLE "TourSiteBooking" ADD CONSTRAINT "TourSiteBooking_tourId_fkey" FOREIGN KEY ("tourId") REFERENCES "Tour"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TourSiteBooking" ADD CONSTRAINT "TourSiteBooking_stopId_siteId_startsAt_endsAt_fkey" FOREIGN KEY ("stopId", "siteId", "startsAt", "endsAt") REFERENCES "TourStop"("id", "siteId", "arriveAt", "departAt") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TourPersonBooking" ADD CONSTRAINT "TourPersonBooking_tourId_userId_fkey" FOREIGN KEY ("tourId", "userId") REFERENCES "DelegationMember"("tourId", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TourPersonBooking" ADD CONSTRAINT "TourPersonBooking_tourId_startsAt_endsAt_fkey" FOREIGN KEY ("tourId", "startsAt", "endsAt") REFERENCES "Tour"("id", "startsAt", "endsAt") ON DELETE CASCADE ON UPDATE CASCADE;

-- ───────────── Hand-written: invariants Prisma cannot express (see docs/tours.md) ─────────────

-- btree_gist lets one GiST index combine "same site / same person" (=) with "time ranges overlap" (&&).
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- A window ends after it starts: tours, stops and the bookings copied from them.
ALTER TABLE "Tour" ADD CONSTRAINT "Tour_window_check" CHECK ("endsAt" > "startsAt");
ALTER TABLE "TourStop" ADD CONSTRAINT "TourStop_times_check" CHECK ("departAt" > "arriveAt");
ALTER TABLE "TourSiteBooking" ADD CONSTRAINT "TourSiteBooking_window_check" CHECK ("endsAt" > "startsAt");
ALTER TABLE "TourPersonBooking" ADD CONSTRAINT "TourPersonBooking_window_check" CHECK ("endsAt" > "startsAt");

-- A site hosts one tour at a time: no two bookings of one site overlap (half-open ranges, so one
-- tour may arrive the minute another leaves). Concurrent inserts of overlapping bookings wait for
-- each other; the second fails with SQLSTATE 23P01 once the first commits. The GiST index behind
-- the constraint also serves the editor's conflict queries.
ALTER TABLE "TourSiteBooking" ADD CONSTRAINT "TourSiteBooking_site_overlap_excl"
  EXCLUDE USING gist ("siteId" WITH =, tstzrange("startsAt", "endsAt", '[)') WITH &&);

-- A person is on one tour at a time.
ALTER TABLE "TourPersonBooking" ADD CONSTRAINT "TourPersonBooking_person_overlap_excl"
  EXCLUDE USING gist ("userId" WITH =, tstzrange("startsAt", "endsAt", '[)') WITH &&);
