#include "AccountIndex.h"

#include <QSettings>

namespace spdc {

AccountIndex::AccountIndex() : m_settings(std::make_unique<QSettings>()) {}

AccountIndex::AccountIndex(const QString &settingsFile)
    : m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
}

AccountIndex::~AccountIndex() = default;

QList<AccountIndex::Entry> AccountIndex::entries() const
{
    QList<Entry> result;
    const int count = m_settings->beginReadArray(QStringLiteral("accounts"));
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Entry entry;
        entry.account = m_settings->value(QStringLiteral("account")).toString();
        entry.server = QUrl(m_settings->value(QStringLiteral("server")).toString(), QUrl::StrictMode);
        if (!entry.account.isEmpty())
            result.append(entry);
    }
    m_settings->endArray();
    return result;
}

std::optional<AccountIndex::Entry> AccountIndex::find(const QString &account) const
{
    for (const Entry &entry : entries()) {
        if (entry.account == account)
            return entry;
    }
    return std::nullopt;
}

void AccountIndex::writeEntries(const QList<Entry> &list)
{
    m_settings->remove(QStringLiteral("accounts"));
    m_settings->beginWriteArray(QStringLiteral("accounts"), int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("account"), list.at(i).account);
        m_settings->setValue(QStringLiteral("server"), list.at(i).server.toString(QUrl::FullyEncoded));
    }
    m_settings->endArray();
}

void AccountIndex::upsert(const Entry &entry)
{
    QList<Entry> list = entries();
    bool replaced = false;
    for (Entry &existing : list) {
        if (existing.account == entry.account) {
            existing = entry;
            replaced = true;
        }
    }
    if (!replaced)
        list.append(entry);
    writeEntries(list);
}

void AccountIndex::remove(const QString &account)
{
    QList<Entry> list = entries();
    list.removeIf([&](const Entry &entry) { return entry.account == account; });
    writeEntries(list);
    setHasStoredProfile(account, false);
    if (activeAccount() == account)
        setActiveAccount(list.isEmpty() ? QString() : list.first().account);
}

bool AccountIndex::hasStoredProfile(const QString &account) const
{
    return m_settings->value(QStringLiteral("storedProfiles")).toStringList().contains(account);
}

void AccountIndex::setHasStoredProfile(const QString &account, bool stored)
{
    QStringList accounts = m_settings->value(QStringLiteral("storedProfiles")).toStringList();
    if (accounts.contains(account) == stored)
        return;
    if (stored)
        accounts.append(account);
    else
        accounts.removeAll(account);
    if (accounts.isEmpty())
        m_settings->remove(QStringLiteral("storedProfiles"));
    else
        m_settings->setValue(QStringLiteral("storedProfiles"), accounts);
}

QList<std::pair<QString, AccountIndex::CodeRequests>> AccountIndex::allCodeRequests() const
{
    QList<std::pair<QString, CodeRequests>> result;
    const int count = m_settings->beginReadArray(QStringLiteral("smsRequests"));
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        const QString account = m_settings->value(QStringLiteral("account")).toString();
        CodeRequests requests;
        requests.last = QDateTime::fromString(m_settings->value(QStringLiteral("last")).toString(),
                                              Qt::ISODate);
        requests.count = m_settings->value(QStringLiteral("count")).toInt();
        if (!account.isEmpty() && requests.last.isValid() && requests.count > 0)
            result.append({account, requests});
    }
    m_settings->endArray();
    return result;
}

std::optional<AccountIndex::CodeRequests> AccountIndex::codeRequests(const QString &account) const
{
    // Another process (the CLI next to the GUI, say) may have texted a code since this one read
    // the file.
    m_settings->sync();
    for (const auto &[name, requests] : allCodeRequests()) {
        if (name == account)
            return requests;
    }
    return std::nullopt;
}

void AccountIndex::setCodeRequests(const QString &account, const CodeRequests &requests,
                                   const QDateTime &forgetBefore)
{
    m_settings->sync();
    QList<std::pair<QString, CodeRequests>> list = allCodeRequests();
    list.removeIf([&](const auto &entry) {
        return entry.first == account || entry.second.last < forgetBefore;
    });
    list.append({account, requests});
    m_settings->remove(QStringLiteral("smsRequests"));
    m_settings->beginWriteArray(QStringLiteral("smsRequests"), int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("account"), list.at(i).first);
        m_settings->setValue(QStringLiteral("last"),
                             list.at(i).second.last.toUTC().toString(Qt::ISODate));
        m_settings->setValue(QStringLiteral("count"), list.at(i).second.count);
    }
    m_settings->endArray();
    m_settings->sync();
}

QString AccountIndex::activeAccount() const
{
    return m_settings->value(QStringLiteral("activeAccount")).toString();
}

void AccountIndex::setActiveAccount(const QString &account)
{
    if (account.isEmpty())
        m_settings->remove(QStringLiteral("activeAccount"));
    else
        m_settings->setValue(QStringLiteral("activeAccount"), account);
}

bool AccountIndex::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

} // namespace spdc
