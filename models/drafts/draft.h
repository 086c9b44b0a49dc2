#pragma once

#include "api/apierror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// What a draft is the draft of. Each kind has a form that edits it and, per account, a
// DraftSender that submits it.
enum class DraftKind { Property, Broadcast, Purchase, NumberEdit };

// Where a draft is on its way to the server.
enum class OutboxState {
    Editing,  // being edited; not queued
    Queued,   // "Send when online": waits its turn in the account's outbox
    Sending,  // a send is in flight (persisted before the request leaves)
    Unknown,  // the send may or may not have happened: reconciled before any retry
    Sent,     // created on the server; remoteId says what it became
    Rejected, // the server (or a local check) refused it: editable again, errors say why
};

// Stable keys for storage and export: "property", "broadcast", "purchase", "number-edit".
QString draftKindKey(DraftKind kind);
std::optional<DraftKind> draftKindFromKey(QStringView key);
QString draftKindTitle(DraftKind kind); // translated, "Property"
QList<DraftKind> allDraftKinds();

// "editing", "queued", "sending", "unknown", "sent", "rejected".
QString outboxStateKey(OutboxState state);
std::optional<OutboxState> outboxStateFromKey(QStringView key);
QString outboxStateTitle(OutboxState state); // translated, "Waiting to send"

// One draft document, as the DraftStore keeps it. The payload is the form's own JSON
// (PropertyDraft::toJson() for a property); the store never looks inside it.
struct Draft
{
    QString id; // QUuid without braces
    DraftKind kind = DraftKind::Property;
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
    bool isNull() const { return id.isEmpty(); }
};
Q_DECLARE_METATYPE(Draft)

// The field errors as JSON and back, for storage.
QJsonArray fieldErrorsToJson(const QList<FieldError> &errors);
QList<FieldError> fieldErrorsFromJson(const QJsonArray &array);
