// Word lists for people: common names in English schools' staff rooms.

export const FIRST_NAMES = [
  "Aaliyah", "Abigail", "Adam", "Aisha", "Alex", "Alice", "Amelia", "Amir", "Amy", "Andrew",
  "Anna", "Asif", "Ayesha", "Bethany", "Ben", "Bilal", "Callum", "Caroline", "Charlotte", "Chloe",
  "Chris", "Claire", "Connor", "Craig", "Daniel", "David", "Deborah", "Declan", "Dominic", "Eleanor",
  "Elizabeth", "Ellie", "Emily", "Emma", "Fatima", "Fiona", "Gareth", "Gemma", "Georgia", "Graham",
  "Hannah", "Harriet", "Harry", "Hassan", "Helen", "Imran", "Isaac", "Jack", "Jade", "James",
  "Jasmine", "Jennifer", "Jessica", "Joanne", "Jodie", "John", "Jonathan", "Joseph", "Julie", "Karen",
  "Kate", "Katie", "Kieran", "Laura", "Lauren", "Leah", "Liam", "Louise", "Lucy", "Luke",
  "Marcus", "Maria", "Mark", "Martin", "Matthew", "Megan", "Michael", "Michelle", "Mohammed", "Molly",
  "Naomi", "Natalie", "Nathan", "Neil", "Nicola", "Nadia", "Oliver", "Olivia", "Omar", "Paul",
  "Peter", "Philip", "Priya", "Rachel", "Rebecca", "Richard", "Robert", "Ruth", "Ryan", "Saima",
  "Samantha", "Samuel", "Sarah", "Shabana", "Simon", "Sophie", "Stephen", "Stuart", "Tariq", "Thomas",
  "Tom", "Vicky", "Wendy", "William", "Yasmin", "Zainab", "Zoe", "Agnieszka", "Tomasz", "Siobhan",
  "Aidan", "Ciara", "Rhys", "Sian", "Kwame", "Grace", "Joy", "Mei", "Arjun", "Harpreet",
] as const;

export const LAST_NAMES = [
  "Ahmed", "Ali", "Allen", "Armstrong", "Atkinson", "Bailey", "Baker", "Barker", "Begum", "Bell",
  "Bennett", "Booth", "Bradley", "Brook", "Brown", "Butler", "Campbell", "Carter", "Chapman", "Clarke",
  "Collins", "Cook", "Cooper", "Cox", "Davies", "Dawson", "Dixon", "Edwards", "Ellis", "Evans",
  "Fisher", "Fletcher", "Foster", "Gibson", "Graham", "Green", "Greenwood", "Hall", "Harris", "Harrison",
  "Hill", "Holmes", "Hope", "Hughes", "Hussain", "Iqbal", "Jackson", "James", "Johnson", "Jones",
  "Kaur", "Kelly", "Khan", "King", "Knowles", "Lee", "Lewis", "Lloyd", "Mahmood", "Marshall",
  "Martin", "Mason", "Matthews", "Mills", "Mitchell", "Moore", "Morgan", "Morris", "Murphy", "Murray",
  "Nowak", "O'Brien", "O'Neill", "Owen", "Palmer", "Parker", "Patel", "Pearson", "Phillips", "Price",
  "Rahman", "Richardson", "Riley", "Roberts", "Robinson", "Rogers", "Russell", "Saunders", "Scott", "Shah",
  "Sharp", "Shaw", "Simpson", "Singh", "Smith", "Spencer", "Stevens", "Sutcliffe", "Taylor", "Thompson",
  "Townsend", "Turner", "Walker", "Ward", "Watson", "White", "Whitehead", "Wilkinson", "Williams", "Wilson",
  "Wood", "Wright", "Young", "Akhtar", "Kowalski", "Mensah", "Okafor", "Chen", "Nguyen", "Hargreaves",
  "Ackroyd", "Haigh", "Firth", "Lister", "Pickles", "Brear", "Crowther", "Sykes", "Priestley", "Holroyd",
  "Smith-Jones", "Lyons", "Fitzgerald", "Doyle", "Gallagher", "Ramsden", "Oldroyd", "Bottomley", "Hirst", "Moss",
] as const;

/** Patron saints for church schools' names. */
export const SAINTS = [
  "Aidan", "Bede", "Chad", "Hilda", "Oswald", "Wilfrid", "Cuthbert", "Mary", "Peter", "Paul",
  "Anne", "Joseph", "Augustine", "Margaret", "Patrick", "John", "Michael", "Andrew", "Edmund", "Benedict",
  "Thomas", "James", "Luke", "Mark", "Matthew", "Stephen", "Bartholomew", "Lawrence", "Nicholas", "George",
  "Francis", "Theresa", "Wilfred", "Helen", "Catherine", "Bernadette", "Oswin", "Columba", "Hild", "Winifred",
] as const;

/** "St Aidan's", "St James'". */
export function saintly(saint: string): string {
  return saint.endsWith("s") ? `St ${saint}'` : `St ${saint}'s`;
}
