#pragma once

#include "api/apierror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// What a draft is the draft of: an open key, stored as it is in the database and in
// exports ("property", "purchase"...). Each kind is registered once (ui/kinds.cpp) with its
// form, its sender and its section; the store and the outbox never list the kinds. These
// are the well-known keys.
namespace DraftKind {
inline const QString Property = QStringLiteral("property");
inline const QString Broadcast = QStringLiteral("broadcast");
inline const QString Purchase = QStringLiteral("purchase");
inline const QString NumberEdit = QStringLiteral("number-edit");
inline const QString NumberRelease = QStringLiteral("number-release");
} // namespace DraftKind

// A kind key is 1 to 40 lower-case ASCII letters, digits and '-', starting with a letter.
bool isValidDraftKindKey(QStringView key);

// Where a draft is on its way to the server.
enum class OutboxState {
    Editing,  // being edited; not queued
    Queued,   // "Send when online": waits its turn in the account's outbox
    Sending,  // a send is in flight (persisted before the request leaves)
    Unknown,  // the send may or may not have happened: reconciled before any retry
    Sent,     // created on the server; remoteId says what it became
    Rejected, // the server (or a local check) refused it: editable again, errors say why
    Undecided, // the server has records that may be this draft's and cannot tell which:
               // the user decides (candidates()); nothing is sent meanwhile
};

// "editing", "queued", "sending", "unknown", "sent", "rejected", "undecided".
QString outboxStateKey(OutboxState state);
std::optional<OutboxState> outboxStateFromKey(QStringView key);
QString outboxStateTitle(OutboxState state); // translated, "Waiting to send"
// Every change of state goes through here (DraftStore::save refuses the others): a queued
// or sending draft is never edited, a sent one never changes, nothing skips reconciling.
bool isAllowedTransition(OutboxState from, OutboxState to);

// A record on the server that may be what an Undecided draft created.
struct DraftCandidate
{
    QString remoteId;    // e.g. a PropertySid
    QString description; // one line for the user: "Marketing · example.com · created 10:02"
};

// One draft document, as the DraftStore keeps it. The payload is the form's own JSON
// (PropertyDraft::toJson() for a property); the store never looks inside it.
struct Draft
{
    QString id; // QUuid without braces
    QString kind = DraftKind::Property; // a DraftKind key
    QString accountId; // AccountProfile::id
    QString title;     // what the list shows, e.g. the property's name
    QJsonObject payload;
    bool valid = false; // the form's local checks passed

    OutboxState state = OutboxState::Editing;
    QList<FieldError> errors; // the server's complaints, by wire field name
    QString errorMessage;     // one sentence: why it was rejected, or why sending waits
    QString remoteId;         // what the server created (a PropertySid), once Sent
    QJsonObject sendContext;  // the sender's notes about the send in flight (see DraftSender)
    qint64 queueOrder = 0;    // outbox order; larger is later

    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC, last edit of the content

    bool isEditable() const
    {
        return state == OutboxState::Editing || state == OutboxState::Rejected;
    }
    // Waiting in the outbox: queued, being sent or being reconciled.
    bool isInOutbox() const
    {
        return state == OutboxState::Queued || state == OutboxState::Sending
               || state == OutboxState::Unknown;
    }
    bool isNull() const { return id.isEmpty(); }
    // What an Undecided draft may have created (kept in sendContext).
    QList<DraftCandidate> candidates() const;
    void setCandidates(const QList<DraftCandidate> &candidates);
    // Steps of a stepwise draft the outbox has recorded since it was queued (a cart's
    // numbers with an outcome): it is between steps while queued with some done.
    int stepsDone() const;
    bool isBetweenSteps() const { return state == OutboxState::Queued && stepsDone() > 0; }
    // While the outbox checks whether a send whose answer was lost happened: the sender's
    // words for it ("Checking whether the purchase went through…"), and when it looks next
    // (invalid while a look-up is under way). Empty otherwise.
    QString checkingText() const;
    QDateTime nextCheckAt() const;
};
Q_DECLARE_METATYPE(Draft)

// The field errors as JSON and back, for storage.
QJsonArray fieldErrorsToJson(const QList<FieldError> &errors);
QList<FieldError> fieldErrorsFromJson(const QJsonArray &array);
