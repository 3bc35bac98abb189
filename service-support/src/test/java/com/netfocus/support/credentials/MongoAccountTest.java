package com.netfocus.support.credentials;

import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCredential;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's own MongoDB user: named in the configuration, its password from a secret file in the secrets
 * directory, put on the client over whatever the URI says; half a user is refused at start-up, saying what is missing.
 */
class MongoAccountTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class, CredentialsAutoConfiguration.class))
            .withPropertyValues("spring.data.mongodb.uri=mongodb://db-1:27017,db-2:27017/?replicaSet=rs0&w=majority");

    @Test
    void a_named_user_with_its_password_is_the_credential_of_the_client() {
        contexts.withPropertyValues("netfocus.mongodb.username=planning-service", "netfocus.mongodb.password=s3cret")
                .run(context -> {
                    MongoClientSettings settings = settingsOf(context);
                    MongoCredential credential = settings.getCredential();
                    assertThat(credential.getUserName()).isEqualTo("planning-service");
                    assertThat(credential.getSource()).isEqualTo("admin");
                    assertThat(credential.getPassword()).isEqualTo("s3cret".toCharArray());
                    assertThat(settings.getClusterSettings().getRequiredReplicaSetName()).isEqualTo("rs0");
                });
    }

    @Test
    void without_a_user_the_uri_is_used_as_it_is() {
        contexts.run(context -> assertThat(settingsOf(context).getCredential()).isNull());
    }

    @Test
    void a_user_without_a_password_is_refused_naming_the_secret_file() {
        contexts.withPropertyValues("netfocus.mongodb.username=planning-service")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("netfocus.mongodb.username is set but its password is not")
                        .hasMessageContaining("secret file netfocus.mongodb.password"));
    }

    @Test
    void the_password_is_read_from_its_file_in_the_secrets_directory_without_the_line_end(@TempDir Path secrets)
            throws IOException {
        Files.writeString(secrets.resolve("netfocus.mongodb.password"), "from-a-file\n");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AccountOnly.class)
                .web(WebApplicationType.NONE)
                .run("--spring.config.import=optional:configtree:" + secrets + "/",
                        "--netfocus.mongodb.username=contact-service")) {
            MongoAccountSettings account = context.getBean(MongoAccountSettings.class);
            assertThat(account.password()).isEqualTo("from-a-file");
            assertThat(account.isConfigured()).isTrue();
        }
    }

    private static MongoClientSettings settingsOf(org.springframework.context.ApplicationContext context) {
        MongoClientSettings.Builder builder = MongoClientSettings.builder();
        context.getBeanProvider(MongoClientSettingsBuilderCustomizer.class).orderedStream()
                .forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MongoAccountSettings.class)
    static class AccountOnly {
    }
}
