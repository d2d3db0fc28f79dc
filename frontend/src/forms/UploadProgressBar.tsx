/** How much of an upload is sent, as a labelled progress bar; `id` must be unique on the page. */
export function UploadProgressBar({ id, percent }: { id: string; percent: number }) {
  return (
    <div className="upload-progress">
      <label htmlFor={id}>Envoi en cours : {percent} %</label>
      <progress id={id} max={100} value={percent}>
        {percent} %
      </progress>
    </div>
  );
}
