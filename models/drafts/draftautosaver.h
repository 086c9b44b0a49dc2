#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

class DraftStore;
class QTimer;

// Keeps one form's draft on disk as the user types. The form calls update() on every
// change; the content is written DelayMs after the last change (a debounce), but never
// more than MaxWaitMs after the first change not yet written, so steady typing that never
// pauses is still saved several times a second: a kill loses at most the last half second.
// flush() writes at once (the document binding calls it on every focus change, tab switch
// and submit); the destructor flushes too.
//
//     m_saver = new DraftAutosaver(store, draftId, this);
//     connect(form, &DraftForm::payloadChanged, this, [this, form] {
//         m_saver->update(form->payload(), form->draftTitle(), form->isComplete());
//     });
//
// A write that fails (a full disk) stays pending and is tried again every RetryMs until it
// succeeds; saveFailed() says why each time, saved() when it worked again.
class DraftAutosaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftAutosaver)

public:
    static constexpr int DelayMs = 300;
    static constexpr int MaxWaitMs = 400;
    static constexpr int RetryMs = 2000;

    DraftAutosaver(DraftStore *store, const QString &draftId, QObject *parent = nullptr);
    ~DraftAutosaver() override; // flushes

    QString draftId() const { return m_draftId; }
    void update(const QJsonObject &payload, const QString &title, bool valid);
    // Writes what is pending now; true when nothing is left unsaved.
    bool flush();
    bool hasPendingChanges() const { return m_pending; }

signals:
    void saved();
    void saveFailed(const QString &message);

private:
    QPointer<DraftStore> m_store;
    QString m_draftId;
    QTimer *m_timer;
    QElapsedTimer m_pendingSince; // the oldest change not yet written
    QJsonObject m_payload;
    QString m_title;
    bool m_valid = false;
    bool m_pending = false;
};
