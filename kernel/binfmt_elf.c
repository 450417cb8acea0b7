/* kernel/binfmt_elf.c — loading a static i386 ELF executable.
 *
 * elf_check() decides, from the bytes alone, whether an image is something
 * this kernel can run, and says why not otherwise: a module may be garbage,
 * a 64-bit or foreign ELF, a shared object or dynamically linked program
 * (we have no dynamic loader), or have segments that reach into the
 * kernel's 3..4 GiB.  Every offset and size is checked against the image so
 * a hostile header cannot make us read outside it.  load_elf_binary() then
 * maps each PT_LOAD segment into the new address space: file bytes copied,
 * the rest (.bss) zero, read-only unless the segment is writable.
 */
#include <linux/kernel.h>
#include <linux/elf.h>
#include <linux/mm.h>
#include <linux/errno.h>

const char *elf_check(const void *image, size_t size, struct elf_info *info)
{
	const Elf32_Ehdr *eh = image;
	const Elf32_Phdr *ph;
	bool have_load = false;

	if (size < sizeof(*eh) || memcmp(eh->e_ident, "\177ELF", 4))
		return "not an ELF file";
	if (eh->e_ident[4] != ELFCLASS32)
		return "not a 32-bit ELF file (64-bit?)";
	if (eh->e_ident[5] != ELFDATA2LSB || eh->e_machine != EM_386)
		return "not an i386 ELF file";
	if (eh->e_type == ET_DYN)
		return "a shared object or position-independent executable, not a static executable";
	if (eh->e_type != ET_EXEC)
		return "not an executable";
	if (eh->e_phentsize != sizeof(Elf32_Phdr) || eh->e_phnum == 0 || eh->e_phnum > 64 ||
	    eh->e_phoff > size || eh->e_phnum * sizeof(Elf32_Phdr) > size - eh->e_phoff)
		return "bad program header table";

	ph = (const Elf32_Phdr *)((const char *)image + eh->e_phoff);
	info->phdr_addr = 0;
	info->end = 0;
	for (int i = 0; i < eh->e_phnum; i++) {
		if (ph[i].p_type == PT_INTERP || ph[i].p_type == PT_DYNAMIC)
			return "dynamically linked (needs an interpreter); only static executables run here";
		if (ph[i].p_type != PT_LOAD)
			continue;
		if (ph[i].p_filesz > ph[i].p_memsz)
			return "segment larger in the file than in memory";
		if (ph[i].p_offset > size || ph[i].p_filesz > size - ph[i].p_offset)
			return "segment outside the file";
		if (ph[i].p_vaddr < MMAP_MIN_ADDR || ph[i].p_memsz > TASK_SIZE ||
		    ph[i].p_vaddr > TASK_SIZE - ph[i].p_memsz)
			return "segment outside user space (overlaps the kernel or page 0)";
		if ((ph[i].p_vaddr ^ ph[i].p_offset) & ~PAGE_MASK)
			return "segment not page-aligned with its file offset";
		have_load = true;
		/* The program headers are in memory if a segment covers them. */
		if (eh->e_phoff >= ph[i].p_offset &&
		    eh->e_phoff + eh->e_phnum * sizeof(Elf32_Phdr) <= ph[i].p_offset + ph[i].p_filesz)
			info->phdr_addr = ph[i].p_vaddr + (eh->e_phoff - ph[i].p_offset);
		if (ph[i].p_vaddr + ph[i].p_memsz > info->end)
			info->end = ph[i].p_vaddr + ph[i].p_memsz;
	}
	if (!have_load)
		return "no loadable segment";
	if (info->end > STACK_TOP - STACK_LIMIT)
		return "segments overlap the stack";
	info->entry = eh->e_entry;
	info->phnum = eh->e_phnum;
	return NULL;
}

int load_elf_binary(struct mm_struct *mm, const void *image, size_t size, struct elf_info *info)
{
	const Elf32_Ehdr *eh = image;
	const Elf32_Phdr *ph = (const Elf32_Phdr *)((const char *)image + eh->e_phoff);

	(void)size;
	for (int i = 0; i < eh->e_phnum; i++) {
		unsigned long start, end;
		int err;

		if (ph[i].p_type != PT_LOAD || ph[i].p_memsz == 0)
			continue;
		start = ALIGN_DOWN(ph[i].p_vaddr, PAGE_SIZE);
		end = PAGE_ALIGN(ph[i].p_vaddr + ph[i].p_memsz);
		err = map_zero_pages(mm, start, end, ph[i].p_flags & PF_W);
		if (err)
			return err;
		copy_to_mm(mm, ph[i].p_vaddr, (const char *)image + ph[i].p_offset, ph[i].p_filesz);
	}
	mm->start_brk = mm->brk = PAGE_ALIGN(info->end);
	return 0;
}
