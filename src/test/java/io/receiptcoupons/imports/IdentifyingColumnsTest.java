package io.receiptcoupons.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifyingColumnsTest {

  @Test
  void namesAddressesPhonesAndEmailsAreFoundWhateverTheirSpelling() {
    for (String column :
        new String[] {
          "name",
          "Last Name",
          "first_name",
          "FullName",
          "kana",
          "address",
          "street_address",
          "phone",
          "Phone-Number",
          "tel",
          "mobile",
          "email",
          "E-Mail",
          "email_address",
          "zip",
          "postal_code"
        }) {
      assertThat(IdentifyingColumns.first("member_id," + column + ",area")).contains(column);
    }
  }

  @Test
  void theEnginesOwnColumnsAreNotIdentifying() {
    assertThat(IdentifyingColumns.first(MemberImport.HEADER)).isEmpty();
    assertThat(IdentifyingColumns.first(HistoryImport.HEADER)).isEmpty();
    assertThat(IdentifyingColumns.first("brand,store_id,transaction_id,unit_price")).isEmpty();
  }
}
