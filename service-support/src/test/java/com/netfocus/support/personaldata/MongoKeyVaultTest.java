package com.netfocus.support.personaldata;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The vault on the real MongoDB wire server: one key per id, and a destroyed key leaves no key material. */
class MongoKeyVaultTest {

    private static final String DATABASE = "vault-test-" + System.nanoTime();
    private static MongoClient client;
    private static MongoKeyVault vault;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(SharedInfrastructure.mongoUri());
        vault = new MongoKeyVault(client, DATABASE);
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void a_key_is_created_once_and_found_again() {
        var first = vault.keyFor("k-1").orElseThrow();
        var again = vault.keyFor("k-1").orElseThrow();
        assertThat(again.getEncoded()).isEqualTo(first.getEncoded()).hasSize(32);
        assertThat(vault.existingKey("k-unknown")).isEmpty();
    }

    @Test
    void a_destroyed_key_is_gone_for_good() {
        PersonalData personalData = new PersonalData(vault);
        String sealed = personalData.seal("k-2", "Ada");

        vault.destroy("k-2");
        vault.destroy("k-2");

        assertThat(vault.existingKey("k-2")).isEmpty();
        assertThat(vault.keyFor("k-2")).isEmpty();
        assertThat(personalData.reveal(sealed)).isEqualTo(PersonalData.ERASED);
        Document stored = client.getDatabase(DATABASE).getCollection(MongoKeyVault.COLLECTION)
                .find(new Document("_id", "k-2")).first();
        assertThat(stored).isNotNull().doesNotContainKey("key").containsKey("destroyedAt");
        vault.destroy("k-never-made");
        assertThat(vault.keyFor("k-never-made")).isEmpty();
    }

    @Test
    void the_keys_of_many_ids_are_found_in_one_go_without_the_destroyed_or_unknown_ones() {
        var alive = vault.keyFor("k-3").orElseThrow();
        vault.keyFor("k-4");
        vault.destroy("k-4");

        var found = vault.existingKeys(java.util.List.of("k-3", "k-4", "k-unknown"));

        assertThat(found).containsOnlyKeys("k-3");
        assertThat(found.get("k-3").getEncoded()).isEqualTo(alive.getEncoded());
        assertThat(vault.existingKeys(java.util.List.of())).isEmpty();
    }
}
