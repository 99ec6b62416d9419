#include "AccountSwitcher.h"

#include "DisplayFormat.h"

#include <QApplication>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>

namespace spdc {

namespace {

// Two lines per account in the open list: the identity (bold when active), then its state.
class AccountItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString name = opt.text;
        const QString state = index.data(AccountSwitcher::StateTextRole).toString();
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget)
                               .adjusted(Margin, Margin, -Margin, -Margin);
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorRole role = selected ? QPalette::HighlightedText : QPalette::Text;
        QFont nameFont = opt.font;
        nameFont.setBold(index.data(AccountSwitcher::ActiveRole).toBool());
        const QFontMetrics nameMetrics(nameFont);
        painter->save();
        painter->setFont(nameFont);
        painter->setPen(opt.palette.color(QPalette::Active, role));
        painter->drawText(QRect(text.left(), text.top(), text.width(), nameMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          nameMetrics.elidedText(name, Qt::ElideRight, text.width()));
        if (!state.isEmpty()) {
            const QFont stateFont = opt.font;
            const QFontMetrics stateMetrics(stateFont);
            painter->setFont(stateFont);
            QColor muted = opt.palette.color(QPalette::Active, role);
            if (!selected)
                muted = opt.palette.color(QPalette::Active, QPalette::PlaceholderText);
            painter->setPen(muted);
            painter->drawText(QRect(text.left(), text.top() + nameMetrics.height(), text.width(),
                                    stateMetrics.height()),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              stateMetrics.elidedText(state, Qt::ElideRight, text.width()));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const QFontMetrics metrics(option.font);
        const QString state = index.data(AccountSwitcher::StateTextRole).toString();
        // Every entry two lines high, read or not: the list does not jump when states arrive.
        size.setHeight(2 * metrics.height() + 2 * Margin + 4);
        size.setWidth(qMax(size.width(), qMin(metrics.horizontalAdvance(state), 520) + 2 * Margin + 8));
        return size;
    }

private:
    static constexpr int Margin = 3;
};

} // namespace

AccountSwitcher::AccountSwitcher(QWidget *parent) : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(16);
    // A plain list view: the platform's combo menu style would draw single-line entries.
    setView(new QListView(this));
    view()->setItemDelegate(new AccountItemDelegate(view()));
    view()->setTextElideMode(Qt::ElideRight);
    connect(this, &QComboBox::activated, this, [this](int index) {
        if (index < 0)
            return;
        if (!itemData(index, ActiveRole).toBool())
            Q_EMIT accountChosen(itemData(index, AccountRole).toString());
    });
}

void AccountSwitcher::showPopup()
{
    Q_EMIT popupAboutToShow();
    QComboBox::showPopup();
}

int AccountSwitcher::indexOfAccount(const QString &account) const
{
    return findData(account, AccountRole);
}

QString AccountSwitcher::stateText(const AccountManager::Summary &summary, const QDateTime &nowUtc)
{
    if (!summary.state)
        return QString();
    const std::optional<Profile> &profile = summary.profile;
    QString text;
    switch (*summary.state) {
    case ProfileState::Configured:
        text = profile && profile->validityExpires.isValid()
            //: %1 e.g. "in 20 days"
            ? tr("Configured, expires %1").arg(DisplayFormat::relative(profile->validityExpires, nowUtc))
            : tr("Configured");
        break;
    case ProfileState::Expired:
        text = profile && profile->validityExpires.isValid()
            //: %1 e.g. "2 days ago"
            ? tr("Expired %1").arg(DisplayFormat::relative(profile->validityExpires, nowUtc))
            : tr("Expired");
        break;
    case ProfileState::PendingMessage:
        text = tr("Waiting for your answer to the operator's message");
        break;
    case ProfileState::Reset:
    case ProfileState::DisabledPermanently:
    case ProfileState::DisabledUntilUser:
    case ProfileState::Dormant:
        text = tr("Disabled by the operator");
        break;
    case ProfileState::Failed:
        return profile && !profile->lastError.isEmpty()
            //: %1 is the reason, a sentence
            ? tr("Failed: %1").arg(profile->lastError)
            : DisplayFormat::stateText(ProfileState::Failed);
    case ProfileState::Unconfigured:
        return DisplayFormat::stateText(ProfileState::Unconfigured);
    }
    // A configuration is kept when a renewal fails (§2.2.4): say that the last attempt did not work.
    if (profile && profile->failures > 0 && !profile->lastError.isEmpty()
        && (*summary.state == ProfileState::Configured || *summary.state == ProfileState::Expired))
        //: %1 e.g. "Expired 2 days ago", %2 the reason
        text = tr("%1; last attempt failed: %2").arg(text, profile->lastError);
    return text;
}

void AccountSwitcher::setAccounts(const QList<AccountManager::Summary> &accounts,
                                  const QDateTime &nowUtc)
{
    // Rebuilding the list is no choice of the user's.
    const QSignalBlocker blocker(this);
    clear();
    int activeIndex = -1;
    for (const AccountManager::Summary &summary : accounts) {
        const QString state = stateText(summary, nowUtc);
        addItem(summary.account);
        const int index = count() - 1;
        setItemData(index, summary.account, AccountRole);
        setItemData(index, state, StateTextRole);
        setItemData(index, summary.active, ActiveRole);
        //: Read by screen readers: %1 the account, %2 its state
        setItemData(index, state.isEmpty() ? summary.account : tr("%1, %2").arg(summary.account, state),
                    Qt::AccessibleTextRole);
        setItemData(index, state, Qt::ToolTipRole);
        if (summary.active)
            activeIndex = index;
    }
    setCurrentIndex(activeIndex);
}

} // namespace spdc
