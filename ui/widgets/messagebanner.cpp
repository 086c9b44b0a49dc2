#include "messagebanner.h"

#include "icons.h"
#include "validation/textrules.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"messageBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_text->setObjectName(u"messageBannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_action->setObjectName(u"messageBannerAction"_s);
    m_action->setVisible(false);
    connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);

    m_close->setObjectName(u"messageBannerClose"_s);
    m_close->setAutoRaise(true);
    m_close->setIcon(Icons::close());
    m_close->setToolTip(tr("Dismiss this message"));
    m_close->setAccessibleName(tr("Dismiss"));
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::hideMessage);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    setVisible(false);
}

void MessageBanner::showMessage(const QString &text, Type type, const QString &actionText)
{
    m_type = type;
    // Messages often quote a server or a file: their control and bidirectional characters
    // are shown, never obeyed (line breaks of our own stay).
    m_text->setText(Validation::displayLines(text));
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    setAccessibleDescription(text);
    applyType();
    // What a screen reader says first: the kind of message (its colour and icon say it to
    // the eye), then the text as the description.
    switch (type) {
    case Type::Information: setAccessibleName(tr("Information")); break;
    case Type::Positive: setAccessibleName(tr("Done")); break;
    case Type::Warning: setAccessibleName(tr("Warning")); break;
    case Type::Error: setAccessibleName(tr("Error")); break;
    }
    m_icon->setAccessibleName(accessibleName());
    setVisible(true);
}

void MessageBanner::hideMessage()
{
    setVisible(false);
    m_text->clear();
}

void MessageBanner::setActionMenu(QMenu *menu)
{
    m_action->setMenu(menu);
}

void MessageBanner::setClosable(bool closable)
{
    m_close->setVisible(closable);
}

QString MessageBanner::actionText() const
{
    return m_action->isVisible() ? m_action->text() : QString();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        && !m_applyingPalette) {
        // Our own palette holds the old theme's window colour: start from the new one.
        m_applyingPalette = true;
        setPalette(QPalette());
        applyType();
        m_applyingPalette = false;
    }
}

void MessageBanner::applyType()
{
    QStyle::StandardPixmap fallback = QStyle::SP_MessageBoxInformation;
    QString themeIcon = u"dialog-information"_s;
    QColor tint;
    switch (m_type) {
    case Type::Information:
        tint = QColor(0x3d, 0xae, 0xe9);
        break;
    case Type::Positive:
        tint = QColor(0x27, 0xae, 0x60);
        themeIcon = u"dialog-positive"_s;
        break;
    case Type::Warning:
        tint = QColor(0xf6, 0x74, 0x00);
        themeIcon = u"dialog-warning"_s;
        fallback = QStyle::SP_MessageBoxWarning;
        break;
    case Type::Error:
        tint = QColor(0xda, 0x44, 0x53);
        themeIcon = u"dialog-error"_s;
        fallback = QStyle::SP_MessageBoxCritical;
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(QIcon::fromTheme(themeIcon, style()->standardIcon(fallback)).pixmap(size, size));

    // A light wash of the tint over the window colour keeps the text readable in any theme.
    QPalette pal = palette();
    const QColor window = parentWidget() ? parentWidget()->palette().color(QPalette::Window)
                                         : pal.color(QPalette::Window);
    auto mix = [](const QColor &a, const QColor &b, qreal t) {
        return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                                a.blueF() * (1 - t) + b.blueF() * t);
    };
    pal.setColor(QPalette::Window, mix(window, tint, 0.2));
    pal.setColor(QPalette::Dark, tint);
    setPalette(pal);
}
