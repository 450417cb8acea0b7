/* kernel/exec.c — turning a multiboot module into a running process.
 *
 * The module's command line ("prog a b") is split into argv and the program
 * gets the environment Linux gives init (see init_envp); the ELF image
 * is checked and loaded into a fresh address space (kernel/binfmt_elf.c);
 * then the top of the stack is filled exactly as Linux fills it for a new
 * program, so an unmodified C library starts normally:
 *
 *   sp ->  argc
 *          argv[0] .. argv[argc-1], NULL
 *          envp[0] .. NULL
 *          auxv: (AT_PHDR, ...) pairs, ending with (AT_NULL, 0)
 *          ... padding, the 16 AT_RANDOM bytes, the strings ...
 *   top    (STACK_TOP = 0xC0000000)
 *
 * Descriptors 0, 1, 2 are the console (kernel/tty.c); with `stdin=pipe`,
 * 0 is a pipe from the host instead (kernel/hostpipe.c).
 */
#include <linux/kernel.h>
#include <linux/binfmts.h>
#include <linux/sched.h>
#include <linux/file.h>
#include <linux/mm.h>
#include <linux/jiffies.h>
#include <linux/errno.h>
#include <linux/reboot.h>
#include <linux/random.h>
#include <linux/fpu.h>
#include <linux/timer.h>
#include <uapi/asm/auxvec.h>

int tty_open_std(struct files_struct *files);

/*
 * A module's command line is read the way GRUB 2 writes it from the words
 * of a `module` line (QEMU's -initrd passes its string unchanged, so
 * tools/run writes the same form):
 *   - one space separates two arguments, so two spaces in a row enclose an
 *     empty argument, and a trailing space ends with one;
 *   - inside double quotes a space belongs to the argument;
 *   - a backslash makes the next character ordinary (GRUB puts one before
 *     every \, " and ' of an argument).
 * So GRUB's `module /boot/m prog 'a b' '' 'x"y'` arrives as
 * `prog "a b"  x\"y` and gives {"prog", "a b", "", "x\"y"}.  Linux's own
 * parser of its command line (lib/cmdline.c) knows double quotes but no
 * backslash; GRUB's form needs both.  The arguments are decoded in place:
 * each is never longer than the text it came from.
 */
int split_cmdline(char *cmdline, char *argv[], int max)
{
	char *in = cmdline, *out = cmdline;
	bool quoted = false;
	int argc = 0;

	if (!*cmdline || max <= 0)
		return 0;
	argv[argc++] = out;
	for (; *in; in++) {
		if (*in == '\\' && in[1]) {
			*out++ = *++in;
		} else if (*in == '"') {
			quoted = !quoted;
		} else if (*in == ' ' && !quoted) {
			*out++ = '\0';
			if (argc == max)
				return argc;
			argv[argc++] = out;
		} else {
			*out++ = *in;
		}
	}
	*out = '\0';
	return argc;
}

#define NR_AUXV		17		/* the AUX() lines below, AT_NULL included */

unsigned long create_elf_tables(char *buf, size_t size, unsigned long top,
				int argc, char *const argv[], int envc, char *const envp[],
				const struct elf_info *info, const u8 random[16])
{
	/* Work down from the end of buf; `u` is the matching user address. */
	size_t off = size;
	u32 argv_u[MAX_ARG], envp_u[MAX_ARG], random_u, execfn_u;
	u32 *w;
	size_t words;

#define USER_ADDR(o)	((u32)(top - (size - (o))))
	if (argc > MAX_ARG || envc > MAX_ARG)
		return 0;
	for (int i = envc - 1; i >= -argc; i--) {	/* strings: env, then argv */
		const char *s = i >= 0 ? envp[i] : argv[argc + i];
		size_t len = strlen(s) + 1;

		if (len > off)
			return 0;
		off -= len;
		memcpy(buf + off, s, len);
		if (i >= 0)
			envp_u[i] = USER_ADDR(off);
		else
			argv_u[argc + i] = USER_ADDR(off);
	}
	execfn_u = argc ? argv_u[0] : 0;
	off = ALIGN_DOWN(off, 16);
	if (off < 16)
		return 0;
	off -= 16;
	memcpy(buf + off, random, 16);
	random_u = USER_ADDR(off);

	/* argc + argv + NULL + envp + NULL + the auxv pairs below */
	words = 1 + argc + 1 + envc + 1 + 2 * NR_AUXV;
	off = ALIGN_DOWN(off - words * 4, 16);	/* the ABI wants sp 16-aligned */
	if (off > size)
		return 0;
	w = (u32 *)(buf + off);
	*w++ = argc;
	for (int i = 0; i < argc; i++)
		*w++ = argv_u[i];
	*w++ = 0;
	for (int i = 0; i < envc; i++)
		*w++ = envp_u[i];
	*w++ = 0;
#define AUX(type, val)	do { *w++ = (type); *w++ = (val); } while (0)
	AUX(AT_HWCAP, elf_hwcap);
	AUX(AT_PHDR, info->phdr_addr);
	AUX(AT_PHENT, sizeof(Elf32_Phdr));
	AUX(AT_PHNUM, info->phnum);
	AUX(AT_PAGESZ, PAGE_SIZE);
	AUX(AT_BASE, 0);
	AUX(AT_FLAGS, 0);
	AUX(AT_ENTRY, info->entry);
	AUX(AT_UID, 0);
	AUX(AT_EUID, 0);
	AUX(AT_GID, 0);
	AUX(AT_EGID, 0);
	AUX(AT_SECURE, 0);
	AUX(AT_CLKTCK, 100);
	AUX(AT_RANDOM, random_u);
	AUX(AT_EXECFN, execfn_u);
	AUX(AT_NULL, 0);
#undef AUX
	(void)w;
	return USER_ADDR(off);
#undef USER_ADDR
}

#define ARG_PAGES	2		/* room for the initial stack contents */

/* Linux starts init with HOME=/ and TERM=linux (init/main.c, envp_init);
 * PATH is what init then gives the programs it starts (busybox init's
 * default), so every module begins with what a program on a small Linux
 * system would see. */
static char *init_envp[] = {
	"HOME=/",
	"TERM=linux",
	"PATH=/sbin:/usr/sbin:/bin:/usr/bin",
};

/* `delay.N=MS` on the kernel command line holds module N back for MS
 * milliseconds (tools/run --also-after): the task is made, then sleeps
 * uninterruptibly until a kernel timer wakes it, as if it had been
 * started later. */
static struct delayed_start {
	struct timer_list timer;	/* first: the timer's address is the slot's */
	struct task_struct *task;
} delayed[8];

static void delayed_start_fn(struct timer_list *t)
{
	struct delayed_start *d = (struct delayed_start *)t;

	wake_up_process(d->task);
	d->task = NULL;
}

static void start_later(struct task_struct *p, unsigned int delay_ms)
{
	for (size_t i = 0; i < ARRAY_SIZE(delayed); i++) {
		if (delayed[i].task)
			continue;
		delayed[i].task = p;
		timer_setup(&delayed[i].timer, delayed_start_fn);
		mod_timer(&delayed[i].timer, jiffies + (delay_ms * HZ + 999) / 1000);
		return;
	}
	p->state = TASK_RUNNING;	/* no slot left: start it now */
}

int exec_module(const void *image, size_t size, char *cmdline, bool first, unsigned int delay_ms)
{
	char *argv[MAX_ARG + 1];		/* one more, to tell "too many" */
	int argc = split_cmdline(cmdline, argv, MAX_ARG + 1);
	const char *why, *name;
	struct elf_info info;
	struct task_struct *p;
	char *buf;
	unsigned long sp;
	u8 random[16];
	int err = -ENOMEM;

	if (!argc)
		argv[argc++] = "?";
	if (argc > MAX_ARG) {			/* execve would say E2BIG */
		printk(KERN_ERR "exec: %s: refused: more than %d arguments\n", argv[0], MAX_ARG);
		host_message("exec: %s: refused: more than %d arguments", argv[0], MAX_ARG);
		return -E2BIG;
	}
	why = elf_check(image, size, &info);
	if (why) {
		printk(KERN_ERR "exec: %s: refused: %s\n", argv[0], why);
		host_message("exec: %s: refused: %s", argv[0], why);
		return -ENOEXEC;
	}
	p = alloc_task();
	if (!p)
		return -EAGAIN;
	name = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
	strncpy(p->comm, name, TASK_COMM_LEN - 1);
	p->first_module = first;
	task_init_defaults(p);
	fpu_init_state(&p->fpu);
	p->mm = mm_alloc();
	p->files = alloc_files();
	p->sighand = sighand_alloc();
	p->signal = signal_alloc();
	buf = kmalloc(ARG_PAGES * PAGE_SIZE);
	if (!p->mm || !p->files || !p->sighand || !p->signal || !buf)
		goto fail;
	if (tty_open_std(p->files))
		goto fail;
	err = load_elf_binary(p->mm, image, size, &info);
	if (err)
		goto fail;
	get_random_bytes(random, sizeof(random));
	err = -E2BIG;
	sp = create_elf_tables(buf, ARG_PAGES * PAGE_SIZE, STACK_TOP, argc, argv,
			       ARRAY_SIZE(init_envp), init_envp, &info, random);
	if (!sp)
		goto fail;
	err = map_zero_pages(p->mm, ALIGN_DOWN(sp, PAGE_SIZE), STACK_TOP, true);
	if (err)
		goto fail;
	copy_to_mm(p->mm, sp, buf + ARG_PAGES * PAGE_SIZE - (STACK_TOP - sp), STACK_TOP - sp);
	kfree(buf);
	start_thread(p, info.entry, sp);
	/* A module is a session and process group leader, as init's
	 * children become when a shell or getty calls setsid. */
	p->signal->pgrp = p->signal->session = p->pid;
	p->signal->leader = p;
	tty_set_ctty(p);
	p->signal->live = 1;
	printk(KERN_INFO "exec: %s as pid %d, entry %08x%s\n", argv[0], p->pid, info.entry,
	       delay_ms ? ", held back" : "");
	if (delay_ms)
		start_later(p, delay_ms);	/* stays TASK_UNINTERRUPTIBLE till then */
	else
		p->state = TASK_RUNNING;
	return 0;
fail:
	printk(KERN_ERR "exec: %s: cannot start: error %d\n", argv[0], err);
	host_message("exec: %s: cannot start: error %d%s", argv[0], err,
		     err == -E2BIG ? " (arguments too long)" : "");
	kfree(buf);
	free_unstarted_task(p);
	return err;
}
