#pragma once

#include "api/apierror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

// A broadcast project as GET /v1/projects/{id} (and the create's 201) answers it
// (../shared/api/README.md, "Broadcast projects"). Read strictly: a record without an id,
// a name or its numbers is not a project.
struct BroadcastProject
{
    Q_DECLARE_TR_FUNCTIONS(BroadcastProject)

public:
    QString id;
    QString name;
    QString status;      // "draft"
    QString messageType; // "sms", "mms"
    QString channel;     // "10dlc", "toll-free"
    QStringList phoneNumberIds;
    QString brandId;
    QString campaignId;
    QString tollFreeVerificationId;
    bool linkTrackingEnabled = false;
    QString linkTrackingDestinationUrl;
    QString linkTrackingDomainId;
    QString linkTrackingParamField;
    QDateTime createdAt; // UTC; invalid if the server sent none

    static ApiError fromJson(const QJsonObject &json, BroadcastProject *out);
    friend bool operator==(const BroadcastProject &a, const BroadcastProject &b)
    {
        return a.id == b.id && a.name == b.name && a.status == b.status
               && a.messageType == b.messageType && a.channel == b.channel
               && a.phoneNumberIds == b.phoneNumberIds && a.brandId == b.brandId
               && a.campaignId == b.campaignId && a.tollFreeVerificationId == b.tollFreeVerificationId
               && a.linkTrackingEnabled == b.linkTrackingEnabled
               && a.linkTrackingDestinationUrl == b.linkTrackingDestinationUrl
               && a.linkTrackingDomainId == b.linkTrackingDomainId
               && a.linkTrackingParamField == b.linkTrackingParamField && a.createdAt == b.createdAt;
    }
    friend bool operator!=(const BroadcastProject &a, const BroadcastProject &b) { return !(a == b); }
    // "10DLC", "Toll-free" (translated); the wire value if unknown.
    static QString channelTitle(const QString &channel);
    // "Draft", "Active", "Completed"... (translated); other words as the server sends them.
    static QString statusTitle(const QString &status);
    // "SMS", "MMS".
    static QString messageTypeTitle(const QString &messageType);
};
Q_DECLARE_METATYPE(BroadcastProject)
