#include "ServerPage.h"

#include "OperatorListModel.h"
#include "ServerAddress.h"
#include "ui_ServerPage.h"

#include <QHeaderView>
#include <algorithm>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QSet>

namespace spdc {

namespace {
constexpr int ErrorDelayMs = 700;

QString operatorKey(const OperatorDatabase::Operator &op)
{
    return op.mccMnc() + QLatin1Char('|') + op.countryCode + QLatin1Char('|') + op.name;
}
} // namespace

ServerPage::ServerPage(const FlowDefaults &defaults, QWidget *parent)
    : QWizardPage(parent),
      m_ui(std::make_unique<Ui::ServerPage>()),
      m_model(new OperatorListModel(this)),
      m_locked(defaults.serverLocked),
      m_allowCustom(defaults.allowCustomServer)
{
    m_ui->setupUi(this);
    m_operatorHint = m_ui->operatorHintLabel->text();
    m_ui->operatorTreeView->setModel(m_model);
    QHeaderView *header = m_ui->operatorTreeView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(OperatorListModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(OperatorListModel::CountryColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(OperatorListModel::CodeColumn, QHeaderView::ResizeToContents);
    header->resizeSection(OperatorListModel::CountryColumn, fontMetrics().averageCharWidth() * 22);

    // A few hundred kilobytes of XML, read once when the wizard opens: no network involved.
    Result<OperatorDatabase> loaded = OperatorDatabase::load(defaults.operatorDatabasePath);
    if (loaded) {
        m_database = std::move(loaded).value();
    } else {
        // Said where the list would be, and the address field offered instead.
        m_ui->databaseErrorLabel->showMessage(loaded.error().userMessage);
        m_ui->operatorSearchLineEdit->setEnabled(false);
        m_ui->operatorTreeView->setEnabled(false);
    }

    if (defaults.server) {
        m_ui->serverUrlLineEdit->setText(defaults.server->toString());
        m_ui->customServerRadioButton->setChecked(true);
    } else if (!defaults.operatorCode.isEmpty()) {
        m_presetOperator = operatorForCode(defaults.operatorCode);
    } else if (!m_database && m_allowCustom && !m_locked) {
        m_ui->customServerRadioButton->setChecked(true);
    }
    filterOperators();
    if (m_presetOperator) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (operatorKey(m_model->operatorAt(row)) == operatorKey(*m_presetOperator)) {
                selectRow(row);
                break;
            }
        }
    }

    if (!m_database && !m_presetOperator)
        m_ui->operatorRadioButton->setEnabled(false);
    // Locked controls stay visible, disabled and labelled (house style: never hidden).
    m_ui->serverManagedLabel->setKind(MessageLabel::Kind::Information);
    if (m_locked) {
        m_ui->serverManagedLabel->showMessage(
            tr("The configuration server is managed by your organisation."));
        m_ui->operatorRadioButton->setEnabled(false);
        m_ui->customServerRadioButton->setEnabled(false);
    } else if (!m_allowCustom) {
        m_ui->serverManagedLabel->showMessage(
            tr("Other servers are not allowed: this setting is managed by your organisation."));
        m_ui->customServerRadioButton->setEnabled(false);
    }
    m_errorDelay.setSingleShot(true);
    m_errorDelay.setInterval(ErrorDelayMs);
    connect(&m_errorDelay, &QTimer::timeout, this, &ServerPage::showValidation);
    connect(m_ui->operatorRadioButton, &QRadioButton::toggled, this, &ServerPage::updateMode);
    connect(m_ui->operatorSearchLineEdit, &QLineEdit::textChanged, this,
            &ServerPage::filterOperators);
    connect(m_ui->operatorTreeView->selectionModel(), &QItemSelectionModel::selectionChanged,
            this, &ServerPage::onSelectionChanged);
    connect(m_ui->serverUrlLineEdit, &QLineEdit::textChanged, this, &ServerPage::onTextChanged);
    connect(m_ui->serverUrlLineEdit, &QLineEdit::editingFinished, this,
            &ServerPage::showValidation);
    // Up and Down in the search field move through the list, as in a completer.
    m_ui->operatorSearchLineEdit->installEventFilter(this);
    updateMode();
}

ServerPage::~ServerPage() = default;

void ServerPage::initializePage()
{
    // Queued: QWizard gives the focus to the page's first focusable child after this returns.
    QLineEdit *field = m_ui->operatorRadioButton->isChecked() ? m_ui->operatorSearchLineEdit
                                                              : m_ui->serverUrlLineEdit;
    if (field->isEnabled())
        QTimer::singleShot(0, field, qOverload<>(&QWidget::setFocus));
}

std::optional<OperatorDatabase::Operator> ServerPage::operatorForCode(const QString &code) const
{
    // "23415", "234-15", "234/015": the first three digits are the MCC (§2.2.1).
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*([0-9]{3})\\s*[-/ ]?\\s*([0-9]{2,3})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(code);
    if (!match.hasMatch())
        return std::nullopt;
    const QString mcc = match.captured(1);
    const QString mnc = match.captured(2);
    if (m_database) {
        if (std::optional<OperatorDatabase::Operator> known = m_database->find(mcc, mnc))
            return known;
    }
    OperatorDatabase::Operator unlisted;
    unlisted.mcc = mcc;
    unlisted.mnc = mnc;
    unlisted.name = tr("Operator %1 %2").arg(mcc, mnc);
    if (m_database)
        unlisted.countryCode = m_database->countryForMcc(mcc).value_or(QString());
    const QLocale::Territory territory = QLocale::codeToTerritory(unlisted.countryCode);
    if (!unlisted.countryCode.isEmpty() && territory != QLocale::AnyTerritory) {
        unlisted.countryName = QLocale::territoryToString(territory);
        unlisted.nativeCountryName = OperatorDatabase::nativeCountryName(unlisted.countryCode);
    }
    return unlisted;
}

void ServerPage::filterOperators()
{
    const std::optional<OperatorDatabase::Operator> previous = selectedOperator();
    QList<OperatorDatabase::Operator> found;
    const QString text = m_ui->operatorSearchLineEdit->text().simplified();
    if (m_database) {
        // Every word must match somewhere: "vodafone germany", "orange 208".
        const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        found = m_database->search(words.value(0));
        for (qsizetype i = 1; i < words.size() && !found.isEmpty(); ++i) {
            QSet<QString> keys;
            for (const OperatorDatabase::Operator &op : m_database->search(words.at(i)))
                keys.insert(operatorKey(op));
            found.removeIf([&](const OperatorDatabase::Operator &op) {
                return !keys.contains(operatorKey(op));
            });
        }
    }
    // An operator the database does not list can still be reached by its codes.
    std::optional<OperatorDatabase::Operator> byCode = operatorForCode(text);
    if (!byCode && text.isEmpty())
        byCode = m_presetOperator;
    if (byCode) {
        const bool listed = std::any_of(found.cbegin(), found.cend(), [&](const auto &op) {
            return op.mcc == byCode->mcc && op.mnc.toInt() == byCode->mnc.toInt();
        });
        if (!listed)
            found.prepend(*byCode);
    }
    m_model->setOperators(found);
    // Nothing found is a dead end only in appearance: the way on is the server address.
    if (found.isEmpty() && !text.isEmpty() && m_database) {
        m_ui->operatorHintLabel->setText(
            tr("No operator matches \"%1\". Check the spelling, or choose \"Other server…\" "
               "below and enter the configuration server address your operator gave you.")
                .arg(text));
    } else {
        m_ui->operatorHintLabel->setText(m_operatorHint);
    }

    int keep = -1;
    for (int row = 0; previous && row < m_model->rowCount(); ++row) {
        if (operatorKey(m_model->operatorAt(row)) == operatorKey(*previous))
            keep = row;
    }
    // A single match is the one meant; otherwise the choice is the user's.
    if (keep < 0 && m_model->rowCount() == 1 && !text.isEmpty())
        keep = 0;
    if (keep >= 0)
        selectRow(keep);
    onSelectionChanged();
}

void ServerPage::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    m_ui->operatorTreeView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->operatorTreeView->scrollTo(index);
}

bool ServerPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->operatorSearchLineEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            if (m_model->rowCount() == 0)
                break;
            if (!selectedOperator()) {
                selectRow(key->key() == Qt::Key_Up ? m_model->rowCount() - 1 : 0);
            } else {
                QKeyEvent copy(key->type(), key->key(), key->modifiers(), key->text());
                QCoreApplication::sendEvent(m_ui->operatorTreeView, &copy);
            }
            return true;
        default:
            break;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

std::optional<OperatorDatabase::Operator> ServerPage::selectedOperator() const
{
    const QModelIndexList rows = m_ui->operatorTreeView->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->operatorAt(rows.first().row());
}

QString ServerPage::region() const
{
    if (!m_ui->operatorRadioButton->isChecked())
        return QString();
    const std::optional<OperatorDatabase::Operator> op = selectedOperator();
    if (!op)
        return QString();
    // Shared MCCs (234: the UK, Jersey, Guernsey, the Isle of Man) read numbers the same way;
    // the database says which country the code mostly stands for.
    if (m_database) {
        if (const std::optional<QString> country = m_database->countryForMcc(op->mcc))
            return *country;
    }
    return op->countryCode;
}

Result<QUrl> ServerPage::parse() const
{
    if (m_ui->operatorRadioButton->isChecked()) {
        const std::optional<OperatorDatabase::Operator> op = selectedOperator();
        if (!op) {
            return Error{ErrorCode::InvalidInput, tr("Choose your operator in the list."),
                         QStringLiteral("no operator chosen")};
        }
        return ServerAddress::fromOperator(op->mcc, op->mnc);
    }
    return ServerAddress::fromUserText(m_ui->serverUrlLineEdit->text());
}

bool ServerPage::isComplete() const
{
    return parse().ok();
}

QUrl ServerPage::server() const
{
    const Result<QUrl> parsed = parse();
    return parsed ? parsed.value() : QUrl();
}

void ServerPage::updateMode()
{
    const bool byOperator = m_ui->operatorRadioButton->isChecked();
    const bool pickable = byOperator && !m_locked && m_database;
    m_ui->operatorSearchLineEdit->setEnabled(pickable);
    m_ui->operatorTreeView->setEnabled(byOperator && !m_locked
                                       && (m_database || m_model->rowCount() > 0));
    m_ui->operatorHintLabel->setEnabled(pickable);
    m_ui->serverUrlLineEdit->setEnabled(!byOperator && !m_locked && m_allowCustom);
    m_ui->serverUrlHintLabel->setEnabled(!byOperator && !m_locked && m_allowCustom);
    m_ui->serverErrorLabel->hide();
    onTextChanged();
}

void ServerPage::onSelectionChanged()
{
    onTextChanged();
}

void ServerPage::onTextChanged()
{
    const Result<QUrl> parsed = parse();
    const bool byOperator = m_ui->operatorRadioButton->isChecked();
    if (parsed.ok() || byOperator || m_ui->serverUrlLineEdit->text().trimmed().isEmpty()) {
        m_errorDelay.stop();
        m_ui->serverErrorLabel->hide();
    } else {
        m_errorDelay.start();
    }
    // Showing the derived address lets people compare it with what their operator published.
    m_ui->resolvedServerLabel->setText(
        parsed ? tr("Configuration server: %1").arg(parsed.value().toDisplayString()) : QString());
    Q_EMIT completeChanged();
}

void ServerPage::showValidation()
{
    m_errorDelay.stop();
    const Result<QUrl> parsed = parse();
    if (parsed.ok() || m_ui->operatorRadioButton->isChecked()
        || m_ui->serverUrlLineEdit->text().trimmed().isEmpty()) {
        m_ui->serverErrorLabel->hide();
        return;
    }
    m_ui->serverErrorLabel->showMessage(parsed.error().userMessage);
}

} // namespace spdc
