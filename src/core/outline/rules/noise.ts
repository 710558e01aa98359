/** Lines left over from PDFs and web pages that are never structure. */
export function isNoise(text: string): boolean {
  // Each expression runs only on lines that start or end as it needs: most lines are ruled out
  // by their first and last characters.
  const t = text.trim();
  const first = t.charAt(0);
  const last = t.charAt(t.length - 1);
  return (t.length <= 9 && isPageNumber(t))
    || ('（(写pPcC'.includes(first) && isPhotoCredit(t))
    || ((last === '%' || last === '％') && isChartLabel(t))
    || (first === 'h' && /^https?:\/\/\S+$/.test(t))
    || (/[A-Za-z]/.test(first) && t.includes('>') && /^[A-Za-z]+\s*>\s*/.test(t));
}

export function isPageNumber(t: string): boolean {
  return /^[-–]?\s*[0-9０-９]{1,3}\s*[-–]?$/.test(t);
}

export function isPhotoCredit(t: string): boolean {
  return /^[（(]?\s*写真\s*[:：]/.test(t) || /^(photo|credit)\s*:/i.test(t);
}

/** `42%`, `0% 20% 40%`, axis labels and percentages of charts. */
export function isChartLabel(t: string): boolean {
  return /^([0-9０-９.,]+\s*[%％]\s*)+$/.test(t) || /^\S{1,20}\s+[0-9.]+\s*[%％]$/.test(t);
}
