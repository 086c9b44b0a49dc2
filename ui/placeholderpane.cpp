#include "placeholderpane.h"

#include "widgets/colors.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int iconSize = 96;
}

PlaceholderPane::PlaceholderPane(const QIcon &icon, const QString &title, const QString &text,
                                 QWidget *parent)
    : SectionPane(parent)
    , m_icon(icon)
    , m_iconLabel(new QLabel(this))
    , m_titleLabel(new QLabel(title, this))
    , m_textLabel(new QLabel(text, this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QWidget(this))
    , m_buttonsLayout(new QHBoxLayout(m_buttons))
{
    m_buttonsLayout->setContentsMargins(0, 0, 0, 0);
    m_buttonsLayout->addStretch(1);
    m_buttonsLayout->addStretch(1);
    m_buttons->setVisible(false);
    m_iconLabel->setAlignment(Qt::AlignCenter);
    updateIcon();

    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setAlignment(Qt::AlignCenter);
    m_titleLabel->setWordWrap(true);

    m_textLabel->setAlignment(Qt::AlignCenter);
    m_textLabel->setWordWrap(true);
    Colors::setMuted(m_textLabel);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedWidth(240);
    m_busy->setVisible(false);

    // A centred column of limited width: word-wrapped labels need the full column width
    // (no per-widget alignment) to compute their height.
    auto *column = new QWidget(this);
    column->setMaximumWidth(560);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_iconLabel);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_titleLabel);
    columnLayout->addWidget(m_textLabel);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_busy, 0, Qt::AlignHCenter);
    columnLayout->addWidget(m_buttons);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

PlaceholderPane::~PlaceholderPane() = default;

QString PlaceholderPane::title() const
{
    return m_titleLabel->text();
}

QString PlaceholderPane::text() const
{
    return m_textLabel->text();
}

void PlaceholderPane::setIcon(const QIcon &icon)
{
    m_icon = icon;
    updateIcon();
}

void PlaceholderPane::setIconMode(QIcon::Mode mode)
{
    m_iconMode = mode;
    updateIcon();
}

void PlaceholderPane::setTitle(const QString &title)
{
    m_titleLabel->setText(title);
}

void PlaceholderPane::setText(const QString &text)
{
    m_textLabel->setText(text);
}

void PlaceholderPane::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

bool PlaceholderPane::isBusy() const
{
    return !m_busy->isHidden();
}

void PlaceholderPane::setButtonActions(const QList<QAction *> &actions)
{
    const QList<QPushButton *> old = m_buttons->findChildren<QPushButton *>();
    qDeleteAll(old);
    m_actions = actions;
    for (QAction *action : actions) {
        auto *button = new QPushButton(action->icon(), action->text(), m_buttons);
        button->setObjectName(action->objectName() + u"Button"_s);
        button->setToolTip(action->toolTip());
        button->setEnabled(action->isEnabled());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button, [button, action] {
            button->setText(action->text());
            button->setEnabled(action->isEnabled());
            button->setToolTip(action->toolTip());
        });
        m_buttonsLayout->insertWidget(m_buttonsLayout->count() - 1, button);
    }
    m_buttons->setVisible(!actions.isEmpty());
}

void PlaceholderPane::changeEvent(QEvent *event)
{
    SectionPane::changeEvent(event);
    if (event->type() == QEvent::EnabledChange || event->type() == QEvent::PaletteChange)
        updateIcon();
}

void PlaceholderPane::updateIcon()
{
    m_iconLabel->setPixmap(
        m_icon.pixmap(QSize(iconSize, iconSize), devicePixelRatioF(), m_iconMode));
}
