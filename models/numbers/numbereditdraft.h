#pragma once

#include "api/apierror.h"
#include "incomingnumber.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// The payload of a number-edit draft (DraftKind::NumberEdit): the changes a user makes to one
// number's configuration, sent as one update (POST …/IncomingPhoneNumbers/{Sid}.json). It keeps
// the values the number had when the edit began, so only what the user changed is sent, and a
// lost answer is reconciled by reading the number and comparing.
//
//     NumberEditDraft edit = NumberEditDraft::startFrom(number, ApiFamily::Twilio);
//     edit.values[u"VoiceUrl"_s] = u"https://example.com/voice"_s;
//     edit.changes();      // {{"VoiceUrl", "https://example.com/voice"}}
struct NumberEditDraft
{
    QString sid;
    QString phoneNumber;
    ApiFamily family = ApiFamily::Twilio;
    QHash<QString, QString> original; // the number's values when the edit began
    QHash<QString, QString> values;   // what the form holds now

    static NumberEditDraft startFrom(const IncomingNumber &number, ApiFamily family);
    // The parameters the user changed, in the order of Validation::numberParameters(), with
    // their values normalised ("post" -> "POST"). AccountSid is never among them.
    QList<QPair<QString, QString>> changes() const;
    bool hasChanges() const { return !changes().isEmpty(); }
    // Every change checked by the shared rules, by wire name; empty when it may be sent.
    QList<FieldError> check() const;
    // Whether the number as read from the server carries every change.
    bool isAppliedTo(const IncomingNumber &number) const;
    QString title() const; // "+14155550100: voice URL" / "+14155550100"

    QJsonObject toJson() const;
    static NumberEditDraft fromJson(const QJsonObject &object);

    Q_DECLARE_TR_FUNCTIONS(NumberEditDraft) // last: it ends in "private:"
};
