package io.switchboard.telephony.internal.simulated;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The simulator's recordings: a short tone per call (its pitch from the call's id), as WAV. */
public final class SimulatedRecordings {

    /** Where the simulator's recordings are served; the call's id follows, then ".wav". */
    public static final String PATH = "/simulator/recordings/";

    private static final int SAMPLE_RATE = 8_000;

    private SimulatedRecordings() {}

    /** The recording at {@link #PATH}{@code id}.wav. */
    public static byte[] tone(String id) {
        return tone(id.hashCode());
    }

    private static byte[] tone(int seed) {
        int samples = SAMPLE_RATE * 3;
        ByteBuffer wav = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes()).putInt(36 + samples * 2).put("WAVE".getBytes());
        wav.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1);
        wav.putInt(SAMPLE_RATE).putInt(SAMPLE_RATE * 2).putShort((short) 2).putShort((short) 16);
        wav.put("data".getBytes()).putInt(samples * 2);
        double pitch = 330 + Math.floorMod(seed, 5) * 55;
        for (int i = 0; i < samples; i++) {
            double envelope = Math.min(1, Math.min(i, samples - i) / 800.0) * ((i / 2_000) % 2 == 0 ? 1 : 0.3);
            wav.putShort((short) (Math.sin(2 * Math.PI * pitch * i / SAMPLE_RATE) * 6_000 * envelope));
        }
        return wav.array();
    }
}
