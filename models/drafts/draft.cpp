#include "draft.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

QString draftKindKey(DraftKind kind)
{
    switch (kind) {
    case DraftKind::Property: return u"property"_s;
    case DraftKind::Broadcast: return u"broadcast"_s;
    case DraftKind::Purchase: return u"purchase"_s;
    case DraftKind::NumberEdit: return u"number-edit"_s;
    }
    return {};
}

std::optional<DraftKind> draftKindFromKey(QStringView key)
{
    for (DraftKind kind : allDraftKinds()) {
        if (key == draftKindKey(kind))
            return kind;
    }
    return std::nullopt;
}

QString draftKindTitle(DraftKind kind)
{
    switch (kind) {
    case DraftKind::Property: return QCoreApplication::translate("Draft", "Property");
    case DraftKind::Broadcast: return QCoreApplication::translate("Draft", "Broadcast project");
    case DraftKind::Purchase: return QCoreApplication::translate("Draft", "Number purchase");
    case DraftKind::NumberEdit: return QCoreApplication::translate("Draft", "Number edit");
    }
    return {};
}

QList<DraftKind> allDraftKinds()
{
    return {DraftKind::Property, DraftKind::Broadcast, DraftKind::Purchase, DraftKind::NumberEdit};
}

QString outboxStateKey(OutboxState state)
{
    switch (state) {
    case OutboxState::Editing: return u"editing"_s;
    case OutboxState::Queued: return u"queued"_s;
    case OutboxState::Sending: return u"sending"_s;
    case OutboxState::Unknown: return u"unknown"_s;
    case OutboxState::Sent: return u"sent"_s;
    case OutboxState::Rejected: return u"rejected"_s;
    }
    return {};
}

std::optional<OutboxState> outboxStateFromKey(QStringView key)
{
    for (OutboxState state : {OutboxState::Editing, OutboxState::Queued, OutboxState::Sending,
                              OutboxState::Unknown, OutboxState::Sent, OutboxState::Rejected}) {
        if (key == outboxStateKey(state))
            return state;
    }
    return std::nullopt;
}

QString outboxStateTitle(OutboxState state)
{
    switch (state) {
    case OutboxState::Editing: return QCoreApplication::translate("Draft", "Draft");
    case OutboxState::Queued: return QCoreApplication::translate("Draft", "Waiting to send");
    case OutboxState::Sending: return QCoreApplication::translate("Draft", "Sending…");
    case OutboxState::Unknown:
        return QCoreApplication::translate("Draft", "Checking with the server");
    case OutboxState::Sent: return QCoreApplication::translate("Draft", "Sent");
    case OutboxState::Rejected: return QCoreApplication::translate("Draft", "Rejected");
    }
    return {};
}

QJsonArray fieldErrorsToJson(const QList<FieldError> &errors)
{
    QJsonArray array;
    for (const FieldError &e : errors)
        array.append(QJsonObject{{u"field"_s, e.field}, {u"code"_s, e.code}, {u"message"_s, e.message}});
    return array;
}

QList<FieldError> fieldErrorsFromJson(const QJsonArray &array)
{
    QList<FieldError> errors;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        errors.append({o.value(u"field"_s).toString(), o.value(u"code"_s).toString(),
                       o.value(u"message"_s).toString()});
    }
    return errors;
}
