-- Demo mode only (location db/demo): one user per role.
-- No password is stored here: the server generates one per installation at first start,
-- stores its hash and prints it on the console (see DemoCredentials).
insert into app_user (username, display_name, email)
select v.username, v.display_name, v.email
from (values
        ('admin',       'Ada Admin',          'admin@demo.vetlis.invalid'),
        ('manager',     'Morgan Manager',     'manager@demo.vetlis.invalid'),
        ('pathologist', 'Dr Pat Hologist',    'pathologist@demo.vetlis.invalid'),
        ('tech',        'Terry Technician',   'tech@demo.vetlis.invalid'),
        ('reception',   'Robin Reception',    'reception@demo.vetlis.invalid'),
        ('integration', 'PMS Integration',    'integration@demo.vetlis.invalid'),
        ('viewer',      'Val Viewer',         'viewer@demo.vetlis.invalid')
     ) as v (username, display_name, email)
where not exists (select 1 from app_user u where u.username = v.username);

insert into app_user_role (user_id, role_code)
select u.id, v.role_code
from (values
        ('admin',       'ADMIN'),
        ('manager',     'LAB_MANAGER'),
        ('pathologist', 'VERIFIER'),
        ('tech',        'TECHNICIAN'),
        ('reception',   'RECEPTION'),
        ('integration', 'INTEGRATION'),
        ('viewer',      'VIEWER')
     ) as v (username, role_code)
join app_user u on u.username = v.username
where not exists (select 1 from app_user_role r where r.user_id = u.id and r.role_code = v.role_code);
