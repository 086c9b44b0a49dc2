#include "sandboxids.h"

#include <QUuid>

namespace SandboxIds {

QString hex(QRandomGenerator &rng, int length)
{
    static constexpr char16_t digits[] = u"0123456789abcdef";
    QString result(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        result[i] = QChar(digits[rng.bounded(16)]);
    return result;
}

QString upperAlnum(QRandomGenerator &rng, int length)
{
    static constexpr char16_t chars[] = u"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString result(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        result[i] = QChar(chars[rng.bounded(36)]);
    return result;
}

QString propertySid(QRandomGenerator &rng)
{
    return QStringLiteral("S") + upperAlnum(rng, 31);
}

QString uuid(QRandomGenerator &rng)
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 4) {
        const quint32 v = rng.generate();
        bytes[i] = char(v);
        bytes[i + 1] = char(v >> 8);
        bytes[i + 2] = char(v >> 16);
        bytes[i + 3] = char(v >> 24);
    }
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString afterToken(qint64 seq)
{
    return QString::fromLatin1(QByteArray("after:" + QByteArray::number(seq))
                                   .toBase64(QByteArray::Base64UrlEncoding
                                             | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> parseAfterToken(const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("after:"))
        return std::nullopt;
    bool ok = false;
    const qint64 seq = decoded.decoded.mid(6).toLongLong(&ok);
    if (!ok || seq < 0)
        return std::nullopt;
    return seq;
}

} // namespace SandboxIds
