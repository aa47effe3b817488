package io.switchboard.scoring;

import io.switchboard.scoring.internal.ModelTrainer;
import io.switchboard.scoring.internal.WinModels;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organization's win-probability model: its status and evaluation, and training it now. */
@Service
public class WinModel {

    private final WinModels models;
    private final ModelTrainer trainer;

    WinModel(WinModels models, ModelTrainer trainer) {
        this.models = models;
        this.trainer = trainer;
    }

    @Transactional(readOnly = true)
    public ModelStatus status() {
        return models.status();
    }

    /** Trains on the won and lost leads there are now (it also trains by itself after outcomes). */
    @Transactional
    public ModelStatus train() {
        trainer.train();
        return models.status();
    }
}
