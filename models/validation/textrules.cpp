#include "textrules.h"

#include <QList>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Validation {

namespace {

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
}

bool isBidiControl(char32_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

QString codePointName(char32_t c)
{
    return u"U+%1"_s.arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

TextFinding findTextProblem(QStringView text)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = text[i].unicode();
        if (QChar::isHighSurrogate(unit)) {
            if (i + 1 < size && QChar::isLowSurrogate(text[i + 1].unicode())) {
                ++i; // a pair: past the BMP, never a control
                continue;
            }
            return {TextProblem::InvalidUnicode, i, unit};
        }
        if (QChar::isLowSurrogate(unit))
            return {TextProblem::InvalidUnicode, i, unit};
        if (isControl(unit))
            return {TextProblem::ControlCharacter, i, unit};
        if (isBidiControl(unit))
            return {TextProblem::BidiControl, i, unit};
    }
    return {};
}

FieldCheck checkText(QStringView text, const QString &field, ReasonLanguage language)
{
    const TextFinding found = findTextProblem(text);
    switch (found.problem) {
    case TextProblem::None:
        return FieldCheck::ok();
    case TextProblem::InvalidUnicode:
        return FieldCheck::wrong(
            reasonText(language, QT_TRANSLATE_NOOP("Validation",
                                               "%1 is not valid Unicode: it holds a lone "
                                               "surrogate (%2)."))
                .arg(field, codePointName(found.codePoint)));
    case TextProblem::ControlCharacter:
        return FieldCheck::wrong(
            reasonText(language,
                   QT_TRANSLATE_NOOP("Validation", "%1 contains a control character (%2)."))
                .arg(field, codePointName(found.codePoint)));
    case TextProblem::BidiControl:
        return FieldCheck::wrong(
            reasonText(language, QT_TRANSLATE_NOOP("Validation",
                                               "%1 contains a bidirectional control character "
                                               "(%2), which can make text display in another "
                                               "order than it is written."))
                .arg(field, codePointName(found.codePoint)));
    }
    return FieldCheck::ok();
}

bool isValidUtf8(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const uchar b = uchar(bytes[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if ((b & 0xe0) == 0xc0) {
            extra = 1;
            cp = b & 0x1f;
            min = 0x80;
        } else if ((b & 0xf0) == 0xe0) {
            extra = 2;
            cp = b & 0x0f;
            min = 0x800;
        } else if ((b & 0xf8) == 0xf0) {
            extra = 3;
            cp = b & 0x07;
            min = 0x10000;
        } else {
            return false; // a continuation byte first, or 0xf8..0xff
        }
        if (i + extra >= size)
            return false; // cut short
        for (int k = 1; k <= extra; ++k) {
            const uchar next = uchar(bytes[i + k]);
            if ((next & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (next & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        i += extra + 1;
    }
    return true;
}

FieldCheck checkUtf8Text(QByteArrayView bytes, const QString &field, ReasonLanguage language)
{
    if (!isValidUtf8(bytes)) {
        return FieldCheck::wrong(
            reasonText(language, QT_TRANSLATE_NOOP("Validation", "%1 is not valid UTF-8.")).arg(field));
    }
    return checkText(QString::fromUtf8(bytes), field, language);
}

QString displayText(QStringView text)
{
    if (findTextProblem(text).problem == TextProblem::None)
        return text.toString();
    QString shown;
    shown.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = text[i].unicode();
        if (QChar::isHighSurrogate(unit) && i + 1 < size
            && QChar::isLowSurrogate(text[i + 1].unicode())) {
            shown += text[i];
            shown += text[++i];
        } else if (QChar::isSurrogate(unit) || isBidiControl(unit)) {
            shown += QChar::ReplacementCharacter;
        } else if (unit < 0x20) {
            shown += QChar(char16_t(0x2400 + unit)); // ␀ … ␟
        } else if (unit == 0x7f) {
            shown += QChar(char16_t(0x2421)); // ␡
        } else if (isControl(unit)) {
            shown += QChar::ReplacementCharacter;
        } else {
            shown += text[i];
        }
    }
    return shown;
}

QString displayLines(QStringView text)
{
    QStringList lines;
    for (QStringView line : text.split(u'\n'))
        lines << displayText(line);
    return lines.join(u'\n');
}

QString isolatedText(QStringView text)
{
    QString shown = displayText(text);
    // Left-to-right and neutral characters cannot reorder left-to-right surroundings; any
    // right-to-left letter or Arabic digit can, so then the whole text is isolated.
    const bool rightToLeft = std::any_of(shown.cbegin(), shown.cend(), [](QChar c) {
        const QChar::Direction d = c.direction();
        return d == QChar::DirR || d == QChar::DirAL || d == QChar::DirAN;
    });
    if (!rightToLeft)
        return shown;
    return QChar(char16_t(0x2068)) + shown + QChar(char16_t(0x2069));
}

} // namespace Validation
