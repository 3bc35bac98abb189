// The people met at a visit, between the form and the API: a logged attendance's people as the form lists them (to
// correct it), and the form's list as the request sends them (contacts by id, new people by name, each with the
// target they count for; a person met by name keeps the personId the plan gave them). Pure, unit-tested in Node.

const NEW_PERSON_FIELDS = ['name', 'company', 'email', 'function', 'position', 'industry'];

/** A logged attendance's people met, as the form's list holds them (named from the contacts where only an id is kept). */
export function peopleOfAttendance(entry, contacts = []) {
  return entry.contactsMet.map((someone) => {
    if (someone.contactId) {
      const contact = contacts.find((one) => one.contactId === someone.contactId);
      return {contactId: someone.contactId, name: someone.name || contact?.name || 'a contact',
        company: someone.company || contact?.company || null, targetId: someone.targetId || null};
    }
    const person = Object.fromEntries(NEW_PERSON_FIELDS.map((field) => [field, someone[field] || null]));
    return {...person, targetId: someone.targetId || null, personId: someone.personId || null};
  });
}

/** The form's list as the request's contactsMet. */
export function contactsMet(people) {
  return people.map((entry) => {
    if (entry.contactId) return {contactId: entry.contactId, targetId: entry.targetId || null};
    const person = Object.fromEntries(NEW_PERSON_FIELDS.map((field) => [field, entry[field] || null]));
    return {...person, targetId: entry.targetId || null, ...(entry.personId ? {personId: entry.personId} : {})};
  });
}

/** The follow-ups promised in the form's list (those with words of what to do), as the request's followUps. */
export function promisedFollowUps(people) {
  return people.filter((entry) => entry.followUp && String(entry.followUp.action || '').trim()).map((entry) => ({
    ...(entry.contactId ? {contactId: entry.contactId} : {personName: entry.name}),
    targetId: entry.targetId || null, dueOn: entry.followUp.dueOn || null, action: entry.followUp.action.trim()}));
}
