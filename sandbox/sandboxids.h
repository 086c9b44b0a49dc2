#pragma once

#include <QRandomGenerator>
#include <QString>

#include <optional>

// Identifier formats of the families, drawn from a given generator: the system one for
// credentials and new records, a fixed-seed one for reproducible demo data.
namespace SandboxIds {

QString hex(QRandomGenerator &rng, int length);           // lower-case hex digits
QString upperAlnum(QRandomGenerator &rng, int length);    // A-Z and 0-9
QString uuid(QRandomGenerator &rng);                      // random (version 4) UUID, no braces

inline QString twilioSid(QRandomGenerator &rng, QStringView prefix) // "PN" + 32 hex
{
    return prefix.toString() + hex(rng, 32);
}
QString propertySid(QRandomGenerator &rng);                // "S" + 31 A-Z/0-9

// Opaque keyset page tokens: base64url of "after:<seq>", the last row a page sent.
QString afterToken(qint64 seq);
std::optional<qint64> parseAfterToken(const QString &token); // nullopt if not one of ours

} // namespace SandboxIds
