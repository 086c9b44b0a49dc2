#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class JobProgress;
class QLabel;
class QProgressBar;
class QToolButton;

// The status bar's view of long jobs (JobProgress): the newest running one with its text, a
// progress bar ("23,000 of 100,000") and Pause/Resume and Cancel buttons where the job allows
// them; hidden while no job runs. A job that finishes leaves; the one before it shows again.
//
//     auto *jobs = new JobStatus(statusBar());
//     statusBar()->addPermanentWidget(jobs);
//     jobs->show(job);                      // not owned
class JobStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobStatus)

public:
    explicit JobStatus(QWidget *parent = nullptr);
    ~JobStatus() override;

    void addJob(JobProgress *job);
    // The job shown now, or null.
    JobProgress *current() const;

    QLabel *label() const { return m_label; }
    QProgressBar *bar() const { return m_bar; }
    QToolButton *pauseButton() const { return m_pause; }
    QToolButton *cancelButton() const { return m_cancel; }

private:
    void update();

    QList<QPointer<JobProgress>> m_jobs;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_pause;
    QToolButton *m_cancel;
};
