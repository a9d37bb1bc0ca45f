package dev.dockernotes.lab.docker;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import java.io.ByteArrayOutputStream;

/** Collects what a container printed; bounded, since it is only compared with a word or two. */
final class LogReader extends ResultCallback.Adapter<Frame> {
    final ByteArrayOutputStream text = new ByteArrayOutputStream();
    volatile Throwable failure;

    @Override
    public void onNext(Frame frame) {
        if (frame.getPayload() != null && text.size() < 65536) {
            text.writeBytes(frame.getPayload());
        }
    }

    @Override
    public void onError(Throwable throwable) {
        failure = throwable;
        super.onError(throwable);
    }
}
