#include "sandboxlog.h"

#include <algorithm>
#include <mutex>

using namespace Qt::StringLiterals;

namespace SandboxLog {

namespace {

QLoggingCategory::CategoryFilter previousFilter = nullptr;

bool isHttpServerCategory(const char *name)
{
    constexpr char prefix[] = "qt.httpserver";
    constexpr size_t length = sizeof(prefix) - 1;
    return qstrncmp(name, prefix, length) == 0 && (name[length] == '\0' || name[length] == '.');
}

void filter(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (isHttpServerCategory(category->categoryName())) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

bool needsEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == u'\\' || c == 0x2028 || c == 0x2029
           || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString shown(QStringView text, int max)
{
    QString out;
    const qsizetype kept = std::min<qsizetype>(text.size(), std::max(max, 0));
    out.reserve(kept + 16);
    qsizetype i = 0;
    for (; i < kept; ++i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size()
            && QChar::isLowSurrogate(text[i + 1].unicode())) {
            if (i + 1 >= kept)
                break; // never cut a pair in half
            out += text[i];
            out += text[++i];
        } else if (c == u'\\') {
            out += u"\\\\"_s;
        } else if (c < 0x100 && needsEscape(c)) {
            out += u"\\x%1"_s.arg(uint(c), 2, 16, QLatin1Char('0'));
        } else if (needsEscape(c) || QChar::isSurrogate(c)) {
            out += u"\\u%1"_s.arg(uint(c), 4, 16, QLatin1Char('0'));
        } else {
            out += text[i];
        }
    }
    if (i < text.size())
        out += u"…(%1 more)"_s.arg(text.size() - i);
    return out;
}

void installLogFilter()
{
    static std::once_flag once;
    std::call_once(once, [] { previousFilter = QLoggingCategory::installFilter(filter); });
}

} // namespace SandboxLog
