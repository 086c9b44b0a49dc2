#pragma once

#include <QObject>
#include <QString>

// A long job (a whole account loading, a bulk run) as the status bar shows it: what it does,
// how far it is, and whether it can be paused or cancelled. The job's owner keeps it up to
// date and acts on the user's requests (pauseRequested(), cancelRequested()...); whoever shows
// it only reads it and forwards what the user pressed. The owner calls finish() once.
//
//     auto *job = new JobProgress(this);
//     job->setText(tr("Loading numbers"));
//     job->setCanCancel(true);
//     connect(job, &JobProgress::cancelRequested, this, &Loader::cancel);
//     emit jobStarted(job);               // SectionPane: the status bar shows it
//     job->setProgress(23000, 100000);    // "23,000 of 100,000"
//     job->finish(tr("100,000 numbers")); // gone from the status bar
class JobProgress final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobProgress)

public:
    enum class State { Running, Paused, Finished };
    Q_ENUM(State)

    explicit JobProgress(QObject *parent = nullptr);
    ~JobProgress() override;

    QString text() const { return m_text; }
    void setText(const QString &text);
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; } // < 0 while unknown
    void setProgress(qint64 done, qint64 total);
    bool canPause() const { return m_canPause; }
    void setCanPause(bool can);
    bool canCancel() const { return m_canCancel; }
    void setCanCancel(bool can);
    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Finished; }
    // The owner: the job is paused (or goes on) now.
    void setPaused(bool paused);
    // The owner: the job ended (done, cancelled or failed), with a sentence saying how.
    void finish(const QString &message = {});
    QString finishMessage() const { return m_finishMessage; }

public slots:
    // What the user pressed; the owner decides (a request once finished is ignored).
    void requestPause();
    void requestResume();
    void requestCancel();

signals:
    void changed();
    void pauseRequested();
    void resumeRequested();
    void cancelRequested();
    void finished(const QString &message);

private:
    QString m_text;
    QString m_finishMessage;
    qint64 m_done = 0;
    qint64 m_total = -1;
    bool m_canPause = false;
    bool m_canCancel = false;
    State m_state = State::Running;
};
