#pragma once

#include "property.h"
#include "validation/fieldcheck.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

// The verdict on every field of a draft, in form order.
struct PropertyDraftCheck
{
    Validation::FieldCheck name;
    Validation::FieldCheck mainDomain;
    Validation::FieldCheck timeZone;

    bool isOk() const { return name.isOk() && mainDomain.isOk() && timeZone.isOk(); }
    Validation::FieldCheck check(PropertyField field) const; // Ok for the flags
    // The first field that is not Ok, in form order; nullopt when everything is.
    std::optional<PropertyField> firstProblem() const;
};

// What the New property form edits: a plain value, so a draft store can keep it and a
// form can be rebuilt from it. The defaults are the contract's (flags off, Active on).
//
//     PropertyDraft draft;
//     draft.name = u"Marketing"_s; ...
//     if (draft.validate().isOk()) client.create(draft);
struct PropertyDraft
{
    QString name;
    QString mainDomain;
    QString timeZone;            // a Windows time zone ID once valid; kept as typed until then
    bool smsEnabled = false;
    bool callRecordingEnabled = false;
    bool integrationsEnabled = false;
    bool active = true;

    PropertyDraftCheck validate() const; // the shared Validation rules, field by field

    // The POST /v2/Properties body: every field, Name and MainDomain trimmed.
    QJsonObject toRequestBody() const;

    // For drafts persistence: every field as typed, with a format version.
    QJsonObject toJson() const;
    // Lenient on purpose: a draft saved by an older version still opens; missing or
    // mistyped keys keep their defaults.
    static PropertyDraft fromJson(const QJsonObject &object);

    friend bool operator==(const PropertyDraft &a, const PropertyDraft &b);
    friend bool operator!=(const PropertyDraft &a, const PropertyDraft &b) { return !(a == b); }
};
Q_DECLARE_METATYPE(PropertyDraft)
