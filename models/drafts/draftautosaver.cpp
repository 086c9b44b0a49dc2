#include "draftautosaver.h"

#include "draftstore.h"

#include <QTimer>

DraftAutosaver::DraftAutosaver(DraftStore *store, const QString &draftId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_draftId(draftId)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(DelayMs);
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
    m_pending = true;
    m_timer->start();
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
        // Keep it pending: the next change or flush tries again.
        emit saveFailed(m_store->errorString());
        return false;
    }
    m_pending = false;
    emit saved();
    return true;
}
