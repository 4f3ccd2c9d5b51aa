package io.receiptcoupons.ledger;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.receiptcoupons.member.MemberRedisProfile;

/** The unlinkable ledger again in scale-out mode, against a real redis-server. */
@QuarkusTest
@TestProfile(MemberRedisProfile.class)
class LedgerMemberKeysRedisTest extends LedgerMemberKeysTest {}
