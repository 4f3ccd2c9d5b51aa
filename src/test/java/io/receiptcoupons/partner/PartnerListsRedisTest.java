package io.receiptcoupons.partner;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The partner list tests again in scale-out mode: per-partner maps and deletion in Redis. */
@QuarkusTest
@TestProfile(PartnerRedisProfile.class)
class PartnerListsRedisTest extends PartnerListsTest {}
