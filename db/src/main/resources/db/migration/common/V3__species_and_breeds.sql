-- The species catalogue: coded, because species drives reference ranges, report wording and sanity checks.
create table species (
    code       varchar(20)  primary key,
    name       varchar(60)  not null,
    latin_name varchar(120) not null,
    sort_order integer      not null
);

insert into species (code, name, latin_name, sort_order) values
    ('DOG',        'Dog',        'Canis lupus familiaris', 10),
    ('CAT',        'Cat',        'Felis catus',            20),
    ('HORSE',      'Horse',      'Equus caballus',         30),
    ('CATTLE',     'Cattle',     'Bos taurus',             40),
    ('SHEEP',      'Sheep',      'Ovis aries',             50),
    ('GOAT',       'Goat',       'Capra hircus',           60),
    ('PIG',        'Pig',        'Sus scrofa domesticus',  70),
    ('RABBIT',     'Rabbit',     'Oryctolagus cuniculus',  80),
    ('FERRET',     'Ferret',     'Mustela furo',           90),
    ('GUINEA_PIG', 'Guinea pig', 'Cavia porcellus',       100),
    ('BIRD',       'Bird',       'Aves',                  110),
    ('REPTILE',    'Reptile',    'Reptilia',              120),
    ('OTHER',      'Other',      'Animalia',              130);

-- Breeds per species; a patient may also carry a breed in free text when the catalogue lacks it.
create sequence breed_seq start with 50 increment by 50;
create table breed (
    id           bigint       default nextval('breed_seq') primary key,
    species_code varchar(20)  not null references species (code),
    name         varchar(100) not null,
    constraint uq_breed_species_name unique (species_code, name)
);

insert into breed (species_code, name) values
    ('DOG', 'Mixed breed'), ('DOG', 'Labrador Retriever'), ('DOG', 'German Shepherd'), ('DOG', 'Golden Retriever'),
    ('DOG', 'French Bulldog'), ('DOG', 'Border Collie'), ('DOG', 'Dachshund'), ('DOG', 'Beagle'),
    ('DOG', 'Yorkshire Terrier'), ('DOG', 'Greyhound'), ('DOG', 'Cavalier King Charles Spaniel'),
    ('CAT', 'Domestic Shorthair'), ('CAT', 'Domestic Longhair'), ('CAT', 'Maine Coon'), ('CAT', 'Siamese'),
    ('CAT', 'Persian'), ('CAT', 'British Shorthair'), ('CAT', 'Bengal'),
    ('HORSE', 'Thoroughbred'), ('HORSE', 'Arabian'), ('HORSE', 'Quarter Horse'), ('HORSE', 'Warmblood'), ('HORSE', 'Pony'),
    ('CATTLE', 'Holstein Friesian'), ('CATTLE', 'Angus'), ('CATTLE', 'Hereford'), ('CATTLE', 'Jersey'),
    ('SHEEP', 'Merino'), ('SHEEP', 'Suffolk'), ('GOAT', 'Saanen'), ('GOAT', 'Boer'),
    ('PIG', 'Large White'), ('PIG', 'Vietnamese Pot-bellied'),
    ('RABBIT', 'Netherland Dwarf'), ('RABBIT', 'Lop'), ('FERRET', 'Standard'),
    ('GUINEA_PIG', 'American'), ('GUINEA_PIG', 'Abyssinian'),
    ('BIRD', 'Budgerigar'), ('BIRD', 'African Grey Parrot'), ('BIRD', 'Cockatiel'), ('BIRD', 'Chicken'),
    ('REPTILE', 'Bearded Dragon'), ('REPTILE', 'Leopard Gecko'), ('REPTILE', 'Ball Python'), ('REPTILE', 'Tortoise');
