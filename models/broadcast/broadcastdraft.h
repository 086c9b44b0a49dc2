#pragma once

#include "api/apierror.h"
#include "validation/broadcastrules.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The payload of a broadcast-project draft (DraftKind::Broadcast): what the New broadcast
// project form edits. It keeps the choices of both channels (switching back to 10DLC brings
// the brand and campaign back), and each chosen number's details as they were when it was
// chosen, so the draft reads right (and checks locally) with no reference lists at hand.
// Only toRequestBody() decides what is sent.
//
//     BroadcastDraft d;
//     d.name = u"Spring offers"_s; d.channel = Validation::BroadcastChannel::TenDlc; ...
//     const QJsonObject body = d.toRequestBody();   // what POST /v1/projects gets
struct BroadcastDraft
{
    QString name;
    Validation::BroadcastMessageType messageType = Validation::BroadcastMessageType::Sms;
    Validation::BroadcastChannel channel = Validation::BroadcastChannel::TenDlc;
    QString brandId;
    QString campaignId;
    QString tollFreeVerificationId;
    QList<Validation::BroadcastNumberRef> numbers; // chosen, in the order chosen
    bool linkTracking = false;
    QString destinationUrl;
    QString trackingDomainId;
    QString paramField; // "", "phone" or a contact field's name

    QStringList numberIds() const;
    // The body of POST /v1/projects: the channel's own fields only, link tracking's only when
    // it is on, the name trimmed.
    QJsonObject toRequestBody() const;
    // The rules that need no reference list (the chosen numbers' own details stand in for the
    // list; brands, campaigns and domains are taken as they are): what the outbox checks
    // before it asks the server.
    QList<FieldError> checkLocally() const;
    // Every rule against the organisation's lists; a chosen number the lists no longer have
    // is named by its phone number (the draft remembers it), not by its id.
    QList<FieldError> checkAgainst(const Validation::BroadcastLookup &lookup) const;
    QString title() const; // the name, trimmed

    QJsonObject toJson() const;
    // Lenient: missing or mistyped keys keep their defaults.
    static BroadcastDraft fromJson(const QJsonObject &object);

    friend bool operator==(const BroadcastDraft &a, const BroadcastDraft &b);
    friend bool operator!=(const BroadcastDraft &a, const BroadcastDraft &b) { return !(a == b); }
};

// The rules' errors in the form the drafts and the outbox keep.
QList<FieldError> toFieldErrors(const QList<Validation::BroadcastFieldError> &errors);
