#include "jobprogress.h"

JobProgress::JobProgress(QObject *parent)
    : QObject(parent)
{
}

JobProgress::~JobProgress() = default;

void JobProgress::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    emit changed();
}

void JobProgress::setProgress(qint64 done, qint64 total)
{
    if (m_done == done && m_total == total)
        return;
    m_done = done;
    m_total = total;
    emit changed();
}

void JobProgress::setCanPause(bool can)
{
    if (m_canPause == can)
        return;
    m_canPause = can;
    emit changed();
}

void JobProgress::setCanCancel(bool can)
{
    if (m_canCancel == can)
        return;
    m_canCancel = can;
    emit changed();
}

void JobProgress::setPaused(bool paused)
{
    if (m_state == State::Finished)
        return;
    const State state = paused ? State::Paused : State::Running;
    if (m_state == state)
        return;
    m_state = state;
    emit changed();
}

void JobProgress::finish(const QString &message)
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_finishMessage = message;
    emit changed();
    emit finished(message);
}

void JobProgress::requestPause()
{
    if (m_state == State::Running && m_canPause)
        emit pauseRequested();
}

void JobProgress::requestResume()
{
    if (m_state == State::Paused)
        emit resumeRequested();
}

void JobProgress::requestCancel()
{
    if (m_state != State::Finished && m_canCancel)
        emit cancelRequested();
}
