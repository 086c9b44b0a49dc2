#include "jobstatus.h"

#include "api/jobprogress.h"
#include "icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

JobStatus::JobStatus(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_pause(new QToolButton(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(u"jobStatus"_s);
    m_label->setObjectName(u"jobText"_s);
    m_label->setTextFormat(Qt::PlainText);
    m_bar->setObjectName(u"jobProgress"_s);
    m_bar->setMaximumWidth(220);
    m_bar->setMaximumHeight(16);
    m_pause->setObjectName(u"jobPause"_s);
    m_pause->setAutoRaise(true);
    m_cancel->setObjectName(u"jobCancel"_s);
    m_cancel->setAutoRaise(true);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setIcon(Icons::close());
    m_cancel->setToolTip(tr("Stop this job; what is done stays done"));
    m_cancel->setAccessibleName(tr("Cancel the job"));
    connect(m_pause, &QToolButton::clicked, this, [this] {
        if (JobProgress *job = current())
            job->state() == JobProgress::State::Paused ? job->requestResume() : job->requestPause();
    });
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (JobProgress *job = current())
            job->requestCancel();
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_pause);
    layout->addWidget(m_cancel);
    setVisible(false);
}

JobStatus::~JobStatus() = default;

void JobStatus::addJob(JobProgress *job)
{
    if (!job || job->isFinished() || m_jobs.contains(job))
        return;
    m_jobs.append(job);
    connect(job, &JobProgress::changed, this, &JobStatus::update);
    connect(job, &QObject::destroyed, this, &JobStatus::update, Qt::QueuedConnection);
    update();
}

JobProgress *JobStatus::current() const
{
    for (auto it = m_jobs.crbegin(); it != m_jobs.crend(); ++it) {
        if (*it && !(*it)->isFinished())
            return *it;
    }
    return nullptr;
}

void JobStatus::update()
{
    m_jobs.removeIf([](const QPointer<JobProgress> &job) { return !job || job->isFinished(); });
    JobProgress *job = current();
    setVisible(job != nullptr);
    if (!job)
        return;
    const QLocale locale;
    m_label->setText(job->text());
    if (job->total() < 0) {
        m_bar->setRange(0, 0); // how much is left is not known yet
        m_bar->setTextVisible(false);
        m_bar->setAccessibleDescription(locale.toString(job->done()));
    } else {
        // Large counts in a progress bar's int range, as a share of the whole.
        const qint64 total = std::max<qint64>(job->total(), 1);
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(std::clamp<qint64>(job->done() * 1000 / total, 0, 1000)));
        const QString counted = tr("%1 of %2").arg(locale.toString(job->done()), locale.toString(job->total()));
        m_bar->setFormat(counted);
        m_bar->setTextVisible(true);
        m_bar->setAccessibleDescription(counted);
    }
    m_bar->setAccessibleName(job->text());
    const bool paused = job->state() == JobProgress::State::Paused;
    m_pause->setVisible(job->canPause() || paused);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pause->setToolTip(paused ? tr("Go on where the job stopped") : tr("Stop for now; Resume goes on"));
    m_cancel->setVisible(job->canCancel());
    setToolTip(m_jobs.size() > 1 ? tr("%n more job(s) running", nullptr, int(m_jobs.size()) - 1)
                                 : QString());
}
