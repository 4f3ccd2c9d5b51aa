package io.receiptcoupons.member;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Card transfer again in scale-out mode, against a real redis-server. */
@QuarkusTest
@TestProfile(MemberRedisProfile.class)
class CardTransferRedisTest extends CardTransferTest {}
