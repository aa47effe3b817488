package io.switchboard.identity;

public record SignUp(String organizationName, String name, String email, String password) {}
