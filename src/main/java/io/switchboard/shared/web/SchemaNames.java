package io.switchboard.shared.web;

import io.swagger.v3.core.jackson.TypeNameResolver;
import java.util.Locale;

/**
 * Schema names that stay unique across modules without being fully qualified. A type nested in a
 * controller ({@code campaigns.web.CampaignController.CreateCampaign}) is named after its module
 * ({@code CampaignsCreateCampaign}); a type nested in another type after that type
 * ({@code DncImport.Problem} → {@code DncImportProblem}); a top-level type keeps its simple name
 * (module API types are unique by design, and the document test checks it).
 */
final class SchemaNames extends TypeNameResolver {

    @Override
    protected String getNameOfClass(Class<?> type) {
        Class<?> enclosing = type.getEnclosingClass();
        if (enclosing == null) {
            return type.getSimpleName();
        }
        String packageName = type.getPackageName();
        if (packageName.endsWith(".web")) {
            return capitalized(module(packageName)) + type.getSimpleName();
        }
        return getNameOfClass(enclosing) + type.getSimpleName();
    }

    /** {@code io.switchboard.campaigns.web} → {@code campaigns}. */
    static String module(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length > 2 ? parts[2] : parts[parts.length - 1];
    }

    private static String capitalized(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
