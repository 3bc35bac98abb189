// Run by docker-compose.yml (mongosh, as the root user, once MongoDB answers): in the cluster profile it first makes
// the replica set (MONGODB_REPLICA_SET with MONGODB_REPLICA_MEMBERS) and waits for its primary. Then it creates each
// service's user, with readWrite on that service's own database and nothing else, and the key vault's user, the only
// one with rights on the vault's database (the personal-data keys that make erasure work). Users are defined in admin;
// their passwords come from the secret files. Safe to run again: existing users get the passwords of the files.
const fs = require('fs');
const secret = (name) => fs.readFileSync('/run/secrets/' + name, 'utf8').trim();

db.getSiblingDB('admin').auth('root', secret('mongodb_root_password'));

const replicaSet = process.env.MONGODB_REPLICA_SET;
if (replicaSet) {
  const members = process.env.MONGODB_REPLICA_MEMBERS.split(',');
  try {
    rs.status();
  } catch (notYet) {
    if (notYet.codeName !== 'NotYetInitialized') {
      throw notYet;
    }
    rs.initiate({_id: replicaSet, members: members.map((host, index) => ({_id: index, host}))});
  }
  while (!db.hello().isWritablePrimary) {
    sleep(500);
  }
}

const users = [
  {user: 'planning-service', database: 'netfocus-planning', secret: 'mongodb_planning_password'},
  {user: 'events-catalog-service', database: 'netfocus-catalog', secret: 'mongodb_catalog_password'},
  {user: 'contact-service', database: 'netfocus-contacts', secret: 'mongodb_contact_password'},
  {user: 'key-vault', database: 'netfocus-keys', secret: 'mongodb_vault_password'},
];
const admin = db.getSiblingDB('admin');
for (const account of users) {
  const roles = [{role: 'readWrite', db: account.database}];
  const pwd = secret(account.secret);
  if (admin.getUser(account.user)) {
    admin.updateUser(account.user, {pwd, roles});
  } else {
    admin.createUser({user: account.user, pwd, roles});
  }
}
print('MongoDB users are in place');
