package io.switchboard.leads;

import io.switchboard.leads.internal.Views;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Named lead-list filters, each user's own. */
@Service
public class SavedViews {

    private final Views views;

    SavedViews(Views views) {
        this.views = views;
    }

    @Transactional(readOnly = true)
    public List<SavedView> of(UUID user) {
        return views.of(user);
    }

    @Transactional
    public SavedView save(UUID user, String name, LeadFilter filters) {
        if (name.isBlank() || name.length() > 120) {
            throw new InvalidInput("name", "invalid_length", "must be 1 to 120 characters");
        }
        UUID id = views.insert(user, name, filters);
        return views.of(user).stream()
                .filter(v -> v.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Transactional
    public void delete(UUID user, UUID id) {
        if (!views.delete(user, id)) {
            throw new NotFound("view", id);
        }
    }
}
