/* kernel/main.c — start_kernel: the boot sequence, in order.
 *
 * boot/boot.S arrives here with paging on and the kernel at 0xC0000000.
 * Each step below needs the ones before it: consoles first so everything
 * after can report, then the CPU tables (GDT/TSS, IDT), then memory, then
 * interrupts and the clock, then one process per multiboot module.  The
 * boot context itself becomes the idle task and never returns.
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/multiboot.h>
#include <linux/segment.h>
#include <linux/traps.h>
#include <linux/sched.h>
#include <linux/jiffies.h>
#include <linux/binfmts.h>
#include <linux/mm.h>
#include <linux/io.h>
#include <linux/reboot.h>
#include <linux/net.h>
#include <linux/random.h>
#include <linux/init.h>

extern char _text[], _end[];
unsigned long boot_free_pages;		/* for the leak check at power-off */

static char command_line[256];

/* Options are words: `quiet` keeps the kernel log off the console, `pcap`
 * captures packets (net/core/pcap.c), `oops` crashes on purpose,
 * `stdin=pipe` makes descriptor 0 a pipe from the host (kernel/hostpipe.c). */
bool cmdline_has(const char *word)
{
	size_t n = strlen(word);

	for (const char *p = command_line; *p; ) {
		if (!strncmp(p, word, n) && (p[n] == ' ' || p[n] == '\0' || p[n] == '='))
			return true;
		while (*p && *p != ' ')
			p++;
		while (*p == ' ')
			p++;
	}
	return false;
}

/* `delay.N=MS`: how long module N waits before it starts (kernel/exec.c). */
static unsigned int module_delay_ms(u32 n)
{
	char key[16];
	size_t len = snprintf(key, sizeof(key), "delay.%u=", n);
	unsigned int ms = 0;

	for (const char *p = command_line; *p; ) {
		if (!strncmp(p, key, len)) {
			for (p += len; *p >= '0' && *p <= '9' && ms < 600000; p++)
				ms = ms * 10 + (*p - '0');
			return ms;
		}
		while (*p && *p != ' ')
			p++;
		while (*p == ' ')
			p++;
	}
	return 0;
}

static void reserve_range(u32 start, u32 end)
{
	reserve_pfn_range(start >> PAGE_SHIFT, PAGE_ALIGN(end) >> PAGE_SHIFT);
}

/* Free what the BIOS memory map calls RAM, then take back what is in use:
 * page 0 (BIOS data), the kernel image, the multiboot info and modules. */
static void mem_init(struct multiboot_info *mbi)
{
	free_area_init(LOWMEM_LIMIT >> PAGE_SHIFT);
	if (mbi->flags & MULTIBOOT_INFO_MEM_MAP) {
		u32 off = 0;

		while (off < mbi->mmap_length) {
			struct multiboot_mmap_entry *e = __va(mbi->mmap_addr + off);

			if (e->type == MULTIBOOT_MEMORY_AVAILABLE && e->addr < LOWMEM_LIMIT) {
				u64 end = e->addr + e->len;

				if (end > LOWMEM_LIMIT)
					end = LOWMEM_LIMIT;
				free_pfn_range(PAGE_ALIGN((u32)e->addr) >> PAGE_SHIFT, (u32)end >> PAGE_SHIFT);
			}
			off += e->size + 4;
		}
	} else {
		free_pfn_range(0x100000 >> PAGE_SHIFT, (0x100000 + mbi->mem_upper * 1024) >> PAGE_SHIFT);
	}
	reserve_range(0, PAGE_SIZE);
	reserve_range(0x100000, __pa(_end));
	reserve_range(__pa(mbi), __pa(mbi) + sizeof(*mbi));
	if (mbi->flags & MULTIBOOT_INFO_MODS) {
		struct multiboot_mod *mod = __va(mbi->mods_addr);

		reserve_range(mbi->mods_addr, mbi->mods_addr + mbi->mods_count * sizeof(*mod));
		for (u32 i = 0; i < mbi->mods_count; i++) {
			reserve_range(mod[i].mod_start, mod[i].mod_end);
			if (mod[i].cmdline)	/* as long as it is: quoted arguments add up */
				reserve_range(mod[i].cmdline,
					      mod[i].cmdline + strlen(__va(mod[i].cmdline)) + 1);
		}
	}
	printk(KERN_INFO "mem: %lu pages free of %lu (%lu KiB)\n",
	       nr_free_pages(), nr_total_pages(), nr_total_pages() * 4);
}

static void start_modules(struct multiboot_info *mbi)
{
	struct multiboot_mod *mod = __va(mbi->mods_addr);
	int started = 0;

	if (!(mbi->flags & MULTIBOOT_INFO_MODS) || mbi->mods_count == 0) {
		printk(KERN_EMERG "no modules: nothing to run\n");
		return;
	}
	for (u32 i = 0; i < mbi->mods_count; i++) {
		char *cmd = mod[i].cmdline ? (char *)__va(mod[i].cmdline) : "";

		if (mod[i].mod_end < mod[i].mod_start || mod[i].mod_end > LOWMEM_LIMIT) {
			printk(KERN_ERR "exec: module %u: outside low memory, refused\n", i);
			host_message("exec: module %u: outside low memory, refused", i);
			if (i == 0)
				machine_status = 126;
			continue;
		}
		if (exec_module(__va(mod[i].mod_start), mod[i].mod_end - mod[i].mod_start, cmd, i == 0,
				module_delay_ms(i)) == 0)
			started++;
		else if (i == 0)
			machine_status = 126;
	}
	printk(KERN_INFO "started %d of %u modules\n", started, mbi->mods_count);
}

void start_kernel(u32 magic, u32 mbi_phys)
{
	struct multiboot_info *mbi = __va(mbi_phys);

	serial_init();
	vga_init();
	if (magic != MULTIBOOT_BOOTLOADER_MAGIC)
		panic("not booted by a multiboot loader (magic %08x)", magic);
	if (mbi->flags & MULTIBOOT_INFO_CMDLINE)
		strncpy(command_line, __va(mbi->cmdline), sizeof(command_line) - 1);
	console_quiet = cmdline_has("quiet");
	hostpipe_enabled = cmdline_has("stdin=pipe");	/* kernel/hostpipe.c */
	printk(KERN_INFO "socket86: booting; command line \"%s\"\n", command_line);

	gdt_init();
	idt_init();
	fpu_init();
	mem_init(mbi);
	/* The identity mapping of low memory was only for boot.S's jump. */
	for (int i = 0; i < LOWMEM_PDES; i++)
		swapper_pg_dir[i] = 0;
	write_cr3(__pa(swapper_pg_dir));

	sched_init();
	init_IRQ();
	time_init();
	random_init();
	serial_enable_rx();
	sock_init();
	/* `oops` on the command line: crash on purpose, so a class can see
	 * what a kernel fault prints (Linux: echo c > /proc/sysrq-trigger). */
	if (cmdline_has("oops"))
		*(volatile int *)0 = 0;
	boot_free_pages = nr_free_pages();
	start_modules(mbi);
	cpu_idle();
}
