#include "draftautosaver.h"

#include "draftstore.h"

#include <QTimer>

#include <algorithm>

DraftAutosaver::DraftAutosaver(DraftStore *store, const QString &draftId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_draftId(draftId)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    // A coarse timer may fire 5% late, and the bound is the point.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &DraftAutosaver::flush);
}

DraftAutosaver::~DraftAutosaver()
{
    // No signals now: the receivers (the form) are usually being destroyed too.
    blockSignals(true);
    flush();
}

void DraftAutosaver::update(const QJsonObject &payload, const QString &title, bool valid)
{
    m_payload = payload;
    m_title = title;
    m_valid = valid;
    if (!m_pending) {
        m_pending = true;
        m_pendingSince.start();
    }
    // Debounce, but never past MaxWaitMs after the oldest unsaved change.
    const qint64 waited = m_pendingSince.elapsed();
    m_timer->start(int(std::clamp<qint64>(MaxWaitMs - waited, 0, DelayMs)));
}

bool DraftAutosaver::flush()
{
    m_timer->stop();
    if (!m_pending)
        return true;
    if (!m_store) {
        m_pending = false;
        return false;
    }
    if (!m_store->updateContent(m_draftId, m_payload, m_title, m_valid)) {
        const Draft draft = m_store->draft(m_draftId);
        if (draft.isNull() || !draft.isEditable()) {
            // Deleted, or sent meanwhile: there is nothing left to write this into.
            m_pending = false;
            emit saveFailed(m_store->errorString());
            return false;
        }
        // Kept pending and tried again: space may be freed, a lock released.
        m_timer->start(RetryMs);
        emit saveFailed(m_store->errorString());
        return false;
    }
    m_pending = false;
    emit saved();
    return true;
}
