#include "draftfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
const QString FormatName = u"switchboard-drafts"_s;

// Tr::tr() translates in the "DraftFile" context. A class, so that lupdate files the texts
// under that context too: it cannot tell the context of a free tr() function.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DraftFile)
};

QString isoDate(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Depth of nested arrays and objects below value (a scalar is 0).
int depthOf(const QJsonValue &value, int limit)
{
    if (limit < 0)
        return 1;
    int deepest = 0;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            deepest = std::max(deepest, depthOf(it.value(), limit - 1));
        return deepest + 1;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            deepest = std::max(deepest, depthOf(item, limit - 1));
        return deepest + 1;
    }
    return 0;
}

bool readString(const QJsonObject &object, const QString &key, bool required, int maxLength,
                QString *out, QString *problem)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && !required)
        return true;
    if (!value.isString()) {
        *problem = value.isUndefined() ? Tr::tr("“%1” is missing.").arg(key)
                                       : Tr::tr("“%1” must be text.").arg(key);
        return false;
    }
    const QString text = value.toString();
    if (text.size() > maxLength) {
        *problem = Tr::tr("“%1” is longer than %2 characters.").arg(key).arg(maxLength);
        return false;
    }
    *out = text;
    return true;
}

bool readDate(const QJsonObject &object, const QString &key, QDateTime *out, QString *problem)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!value.isString() || !time.isValid()) {
        *problem = Tr::tr("“%1” must be a date such as 2024-05-01T10:00:00Z.").arg(key);
        return false;
    }
    *out = time.toUTC();
    return true;
}

bool decodeOne(const QJsonValue &value, Draft *draft, QString *problem)
{
    if (!value.isObject()) {
        *problem = Tr::tr("it is not a JSON object.");
        return false;
    }
    const QJsonObject o = value.toObject();
    QString kindKey;
    if (!readString(o, u"id"_s, true, DraftFile::MaxIdLength, &draft->id, problem)
        || !readString(o, u"kind"_s, true, 64, &kindKey, problem)
        || !readString(o, u"accountId"_s, true, DraftFile::MaxIdLength, &draft->accountId, problem)
        || !readString(o, u"title"_s, false, DraftFile::MaxTitleLength, &draft->title, problem)
        || !readDate(o, u"createdAt"_s, &draft->createdAt, problem)
        || !readDate(o, u"updatedAt"_s, &draft->updatedAt, problem)) {
        return false;
    }
    if (draft->id.trimmed().isEmpty()) {
        *problem = Tr::tr("“id” is empty.");
        return false;
    }
    if (!isValidDraftKindKey(kindKey)) {
        *problem = Tr::tr("“kind” is “%1”, which is not a kind of draft.").arg(kindKey.left(40));
        return false;
    }
    draft->kind = kindKey; // whether this version knows the kind is the store's decision
    const QJsonValue valid = o.value(u"valid"_s);
    if (!valid.isUndefined() && !valid.isBool()) {
        *problem = Tr::tr("“valid” must be true or false.");
        return false;
    }
    draft->valid = valid.toBool(false);
    const QJsonValue payload = o.value(u"payload"_s);
    if (!payload.isObject()) {
        *problem = payload.isUndefined() ? Tr::tr("“payload” is missing.")
                                         : Tr::tr("“payload” must be a JSON object.");
        return false;
    }
    if (depthOf(payload, DraftFile::MaxPayloadDepth) > DraftFile::MaxPayloadDepth) {
        *problem = Tr::tr("“payload” is nested more than %1 levels deep.")
                       .arg(DraftFile::MaxPayloadDepth);
        return false;
    }
    draft->payload = payload.toObject();
    return true;
}
} // namespace

QByteArray DraftFile::encode(const QList<Draft> &drafts)
{
    QJsonArray array;
    for (const Draft &d : drafts) {
        array.append(QJsonObject{
            {u"id"_s, d.id},
            {u"kind"_s, d.kind},
            {u"accountId"_s, d.accountId},
            {u"title"_s, d.title},
            {u"valid"_s, d.valid},
            {u"createdAt"_s, isoDate(d.createdAt)},
            {u"updatedAt"_s, isoDate(d.updatedAt)},
            {u"payload"_s, d.payload},
        });
    }
    const QJsonObject root{
        {u"format"_s, FormatName},
        {u"version"_s, Version},
        {u"drafts"_s, array},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool DraftFile::decode(const QByteArray &data, int maxDrafts, QList<Draft> *drafts,
                       QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Tr::tr("The file is not valid JSON (%1 at byte %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *error = Tr::tr("The file is JSON but not a drafts export: it should be an object with "
                        "“format”: “switchboard-drafts”.");
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != FormatName) {
        *error = Tr::tr("The file is not a Switchboard drafts export (its “format” is not "
                        "“switchboard-drafts”).");
        return false;
    }
    const QJsonValue version = root.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() != double(Version)) {
        *error = Tr::tr("The file is a drafts export of an unsupported version; this version of "
                        "Switchboard reads version %1.")
                     .arg(Version);
        return false;
    }
    const QJsonValue list = root.value(u"drafts"_s);
    if (!list.isArray()) {
        *error = Tr::tr("The file has no list of drafts (“drafts” must be an array).");
        return false;
    }
    const QJsonArray array = list.toArray();
    if (array.size() > maxDrafts) {
        *error = Tr::tr("The file holds %1 drafts; at most %2 can be imported at once.")
                     .arg(array.size())
                     .arg(maxDrafts);
        return false;
    }

    QList<Draft> decoded;
    decoded.reserve(array.size());
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        Draft draft;
        QString problem;
        if (!decodeOne(array.at(i), &draft, &problem)) {
            *error = Tr::tr("Draft %1 of the file cannot be imported: %2").arg(i + 1).arg(problem);
            return false;
        }
        if (ids.contains(draft.id)) {
            *error = Tr::tr("Draft %1 of the file has the same id as an earlier one (“%2”); the "
                            "file is damaged or was edited by hand.")
                         .arg(i + 1)
                         .arg(draft.id.left(40));
            return false;
        }
        ids.insert(draft.id);
        decoded.append(draft);
    }
    *drafts = decoded;
    return true;
}
