package io.receiptcoupons.member;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Erasure again in scale-out mode, against a real redis-server. */
@QuarkusTest
@TestProfile(MemberRedisProfile.class)
class MemberErasureRedisTest extends MemberErasureTest {}
