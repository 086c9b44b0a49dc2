#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

class DraftStore;
class QTimer;

// Keeps one form's draft on disk as the user types. The form calls update() on every
// change; the content is written DelayMs after the last call (so within half a second of
// the last keystroke), and at once by flush() or when the autosaver is destroyed.
//
//     m_saver = new DraftAutosaver(store, draftId, this);
//     connect(form, &PropertyForm::draftChanged, this, [this](const PropertyDraft &d) {
//         m_saver->update(d.toJson(), d.name, d.validate().isOk());
//     });
class DraftAutosaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftAutosaver)

public:
    static constexpr int DelayMs = 300;

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
    QJsonObject m_payload;
    QString m_title;
    bool m_valid = false;
    bool m_pending = false;
};
