package io.switchboard.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.InvalidInput;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SingleSignOnChangeTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://login.example.com",
                "https://login.example.com/realms/acme",
                "http://localhost:8081",
                "http://127.0.0.1:9000/issuer",
                "http://[::1]:9000"
            })
    void httpsIssuersAndPlainHttpOnThisMachineAreAccepted(String issuer) {
        assertThat(change(issuer, List.of()).validated(true).issuerUri()).isEqualTo(issuer);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://login.example.com",
                "http://localhost.evil.example",
                "ftp://localhost",
                "login.example.com",
                "https://user@login.example.com",
                "https://login.example.com/?tenant=1",
                "https://login.example.com/#x",
                "https:///nohost",
                "not a url"
            })
    void otherIssuersAreRefused(String issuer) {
        assertThatThrownBy(() -> change(issuer, List.of()).validated(true))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.code()).isEqualTo("invalid_issuer"));
    }

    @Test
    void domainsAreCleanedUpAndCheckedAndTheSecretIsOptional() {
        var valid = change("https://id.example", List.of(" Acme.Example ", "acme.example", "", "sub.acme.co.uk"))
                .validated(true);
        assertThat(valid.allowedEmailDomains()).containsExactly("acme.example", "sub.acme.co.uk");
        assertThat(valid.clientSecret()).isNull();
        assertThatThrownBy(() ->
                        change("https://id.example", List.of("acme example")).validated(true))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.code()).isEqualTo("invalid_domain"));
        assertThatThrownBy(
                        () -> new SingleSignOnChange("https://id.example", " ", "s", true, List.of()).validated(true))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.code()).isEqualTo("invalid_client_id"));
    }

    private static SingleSignOnChange change(String issuer, List<String> domains) {
        return new SingleSignOnChange(issuer, "client", null, true, domains);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8081", "https://127.0.0.1:9000/issuer", "http://[::1]:9000"})
    void aProviderOnThisMachineIsRefusedUnlessTheInstallAllowsIt(String issuer) {
        assertThatThrownBy(() -> change(issuer, List.of()).validated(false))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.code()).isEqualTo("invalid_issuer"));
    }
}
