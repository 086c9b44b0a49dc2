#pragma once

#include <QJsonObject>
#include <QStringList>

// Request bodies as variations of a valid one, for data-driven tests of JSON APIs:
//
//     QTest::newRow("no brand") << without(tenDlc(), {u"brand_id"_s}) << ...;
//     QTest::newRow("mms") << with(tenDlc(), {{u"message_type"_s, u"mms"_s}}) << ...;
//
// Header-only, so that tests of pure rules use it without linking the test support library.
namespace JsonEdit {

// `body` with each key of `changes` set to its value (added or replaced).
inline QJsonObject with(QJsonObject body, const QJsonObject &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

// `body` without `keys`.
inline QJsonObject without(QJsonObject body, const QStringList &keys)
{
    for (const QString &key : keys)
        body.remove(key);
    return body;
}

} // namespace JsonEdit
